// Saving an export from an extension page: a Blob behind a download link (no `downloads` permission).
export function download(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a little for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
