// Talking to the page in the popup's tab: its state, revealing a statement, running on demand.
import browser from 'webextension-polyfill';
import type { Analysis } from '../engine/types.ts';
import {
  isAnalysisReply,
  isHighlightsReply,
  isStateReply,
  type PageState,
  type RevealReply,
} from '../messages.ts';
import contentScript from '../page/content.ts?script';

export { enableSite, isSiteEnabled } from '../site-access.ts';

export interface TargetTab {
  id: number;
  /** Known when the popup was opened on the tab (activeTab) or for granted sites. */
  url: string | undefined;
}

/** `popup.html?tab=ID` (a popup opened as a page, as tests do), else the active tab. */
export async function targetTab(): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The page's state; null when no content script answers there. */
export async function pageState(tabId: number): Promise<PageState | null> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'state' });
  } catch {
    return null;
  }
  if (!isStateReply(reply)) return { status: 'error', error: 'malformed reply' };
  return reply.ok ? reply.state : { status: 'error', error: reply.error };
}

export async function reveal(tabId: number, quote: number): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'reveal', quote })) as RevealReply;
    return reply.ok && reply.found;
  } catch {
    return false;
  }
}

/** "Analyse this page": ask a content script already there, else inject one (activeTab grants it). */
export async function analyseNow(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'analyse' });
    return;
  } catch {
    // Nobody there yet.
  }
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { __isnadForce?: boolean }).__isnadForce = true;
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

export function canRunOn(url: string | undefined): boolean {
  return url === undefined || /^https?:/.test(url);
}

/** Shows or hides the page's highlights; the state after, or null when nobody answers. */
export async function showHighlights(tabId: number, show: boolean): Promise<boolean | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'highlights', show });
    return isHighlightsReply(reply) && reply.ok ? reply.shown : null;
  } catch {
    return null;
  }
}

/** The engine's whole analysis of the page (for the JSON export); null when the page has none. */
export async function pageAnalysis(tabId: number): Promise<Analysis | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'analysis' });
    return isAnalysisReply(reply) && reply.ok ? reply.analysis : null;
  } catch {
    return null;
  }
}
