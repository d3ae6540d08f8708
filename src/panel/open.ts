/// <reference types="chrome" />
// Opening the side panel (Chrome; the Firefox build takes open.firefox.ts). It demands a user action, so
// this is called straight from a click or a command.

/** False where the browser has no side panel (Chrome before 116). */
export function canOpenSidePanel(): boolean {
  return typeof chrome.sidePanel?.open === 'function';
}

export async function openSidePanel(windowId: number): Promise<void> {
  await chrome.sidePanel.open({ windowId });
}
