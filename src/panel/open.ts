/// <reference types="chrome" />
// Opening the side panel: Chrome's sidePanel, Firefox's sidebar. Both demand a user action, so this is
// called straight from a click or a command.
import browser from 'webextension-polyfill';

export function canOpenSidePanel(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.sidePanel?.open === 'function'
    ? true
    : typeof browser.sidebarAction?.open === 'function';
}

export async function openSidePanel(windowId: number): Promise<void> {
  if (typeof chrome !== 'undefined' && typeof chrome.sidePanel?.open === 'function') {
    await chrome.sidePanel.open({ windowId });
    return;
  }
  await browser.sidebarAction.open();
}
