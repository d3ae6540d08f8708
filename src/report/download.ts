// Saving an export from an extension page: a Blob behind a download link (no `downloads` permission).
import type { ExportFile } from './export.ts';

export function download({ name, mime, text }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a little for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
