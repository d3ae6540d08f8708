/// <reference types="chrome" />
// Real-browser harness: Chromium with our build loaded, pointed at the local HTTPS news server
// (host-resolver rules send the news sites' names there; nothing else resolves).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { activeTabId, type Launched, launchChromium, waitForState } from '../../scripts/browser.ts';
import type { PageReady } from '../../src/messages.ts';

export { NewsServer } from '../../scripts/news-server.ts';

export const EXTENSION_DIR = resolve(process.env.ISNAD_EXTENSION_DIR ?? 'dist');

export type Browser = Launched;

/** Chromium with our build loaded, for the browser tests (ISNAD_HEADED=1 shows the window). */
export async function launchBrowser(
  port: number,
  hosts: string[],
  options: { lang?: string; display?: string } = {},
): Promise<Browser> {
  return launchChromium({
    port,
    hosts,
    headless: !process.env.ISNAD_HEADED,
    ...(options.display === undefined ? {} : { display: options.display }),
    extensionDir: EXTENSION_DIR,
    language: options.lang ?? 'ar',
    viewport: { width: 1200, height: 800 },
  });
}

/** The extension's id for a page: bring it to the front, then ask (from an extension page) for the active tab. */
export async function tabIdOf(probe: Page, page: Page): Promise<number> {
  const id = await activeTabId(probe, page);
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** An extension page from which tests talk to content scripts as the popup does. */
export async function extensionPage(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  // Right after an extension reload its pages are blocked for a moment.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=-1`);
      return page;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

export { stateOf, stopExtensionWorker, waitForState as settledState } from '../../scripts/browser.ts';

export async function readyState(probe: Page, tabId: number, timeoutMs = 30_000): Promise<PageReady> {
  const state = await waitForState(probe, tabId, timeoutMs);
  if (state?.status !== 'ready') throw new Error(`page not ready: ${JSON.stringify(state)}`);
  return state;
}

/** Errors our extension raised in a page (content script) — the page's own failures are not ours. */
export function collectExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      /chrome-extension:\/\//.test(`${message.text()} ${message.location().url}`)
    ) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (/chrome-extension:\/\//.test(error.stack ?? '')) errors.push(error.message);
  });
  return errors;
}

/** Main-world view of what the extension painted; CSS.highlights is one registry per document. */
export interface PaintedRange {
  name: string;
  text: string;
}

/** In the page: every painted range by highlight name. (A page function, for either driver.) */
export function listPainted(): PaintedRange[] {
  const out: PaintedRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const range of highlight) out.push({ name, text: range.toString() });
  }
  return out;
}

/** In the page: how many painted ranges touch an element matched by `selector`. */
export function countPaintedInside(selector: string): number {
  const zones = [...document.querySelectorAll(selector)];
  let count = 0;
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight) {
      if (zones.some((zone) => (range as Range).intersectsNode(zone) && !zone.contains(document.body)))
        count += 1;
    }
  }
  return count;
}

export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(listPainted);
}

export async function paintedInside(page: Page, selector: string): Promise<number> {
  return page.evaluate(countPaintedInside, selector);
}

/** Counts DOM mutations once parsing is done (content scripts run after); inject with `addInitScript`. */
export const MUTATION_RECORDER = `
  window.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; })
      .observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
`;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
