// Opening the sidebar, Firefox's side panel (the build's manifest declares it as sidebar_action). It
// demands a user action, so this is called straight from a click or a command.
import browser from 'webextension-polyfill';

export function canOpenSidePanel(): boolean {
  return typeof browser.sidebarAction?.open === 'function';
}

export async function openSidePanel(_windowId: number): Promise<void> {
  await browser.sidebarAction.open();
}
