// The seed article inside a news-site layout at a real news domain: highlights, hover card, popup,
// click-to-scroll, cache on reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_HEADLINES, seedPage } from './fixtures.ts';
import {
  type Browser,
  collectExtensionErrors,
  extensionPage,
  launchBrowser,
  MUTATION_RECORDER,
  NewsServer,
  paintedInside,
  paintedRanges,
  readyState,
  stopExtensionWorker,
  tabIdOf,
} from './harness.ts';

const server = new NewsServer();
let browser: Browser;
let probe: Page;

beforeAll(async () => {
  const port = await server.start();
  browser = await launchBrowser(port, ['www.bbc.com']);
  probe = await extensionPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

async function openSeed(path: string): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const url = server.add(`https://www.bbc.com${path}`, seedPage());
  const page = await browser.context.newPage();
  const errors = collectExtensionErrors(page);
  await page.addInitScript(MUTATION_RECORDER);
  await page.goto(url);
  return { page, tabId: await tabIdOf(probe, page), errors };
}

describe('seed article at www.bbc.com/arabic', () => {
  let page: Page;
  let tabId: number;
  let errors: string[];

  beforeAll(async () => {
    ({ page, tabId, errors } = await openSeed('/arabic/world-seed'));
  });

  it('highlights statements inside the article and nothing in the sidebar, without touching the DOM', async () => {
    const state = await readyState(probe, tabId);
    expect(state.highlighting).toBe(true);
    expect(state.quotes.length).toBeGreaterThanOrEqual(2);
    expect(state.highlights.quote).toBe(state.quotes.length);
    expect(state.outsideArticle).toBe(0);
    const painted = await paintedRanges(page);
    expect(painted.filter((range) => range.name === 'isnad-quote').length).toBe(state.quotes.length);
    expect(painted.some((range) => range.text.includes('قنوات'))).toBe(true);
    expect(await paintedInside(page, 'aside, header.masthead, footer, nav')).toBe(0);
    for (const headline of SIDEBAR_HEADLINES) {
      expect(painted.some((range) => headline.includes(range.text) && range.text.length > 8)).toBe(false);
    }
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a card for the statement under the pointer, in a host outside the page body', async () => {
    const point = await page.evaluate(() => {
      const range = CSS.highlights.get('isnad-quote')?.values().next().value as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = [...range.getClientRects()][0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.documentElement.lastElementChild?.localName === 'isnad-card');
    expect(await page.evaluate(() => document.body.querySelector('isnad-card'))).toBeNull();
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('isnad-card'));
  });

  it('sets the toolbar badge to the number of statements', async () => {
    const state = await readyState(probe, tabId);
    const badge = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(state.quotes.length));
  });

  it('lists سيرجي لافروف first in the popup, and a click scrolls the page to the statement', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('.speaker-name');
    const names = await popup.$$eval('.speaker-name', (nodes) => nodes.map((node) => node.textContent));
    expect(names[0]).toContain('لافروف');
    const first = popup.locator('.speaker').first();
    expect(await first.locator('.statement').count()).toBeGreaterThanOrEqual(2);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const statement = first.locator('.quote-text').first();
    const clicked = ((await statement.textContent()) ?? '').replace(/…$/, '').trim();
    await statement.click();
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.has('isnad-flash'), undefined, {
      timeout: 2000,
      polling: 50,
    });
    await page.waitForFunction(() => window.scrollY > 300, undefined, { timeout: 5000 });
    // Once the smooth scroll has stopped, the clicked statement is in view.
    await page.waitForFunction(
      (text) => {
        const win = window as unknown as { __lastY?: number };
        const still = win.__lastY === window.scrollY;
        win.__lastY = window.scrollY;
        if (!still) return false;
        const ranges = [...(CSS.highlights.get('isnad-quote') ?? [])] as Range[];
        const range = ranges.find((candidate) =>
          candidate.toString().replace(/\s+/g, ' ').trim().startsWith(text),
        );
        const rect = range?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
      },
      clicked.replace(/\s+/g, ' '),
      { timeout: 5000, polling: 200 },
    );
    await popup.close();
  });
});

describe('cache', () => {
  it('serves a reload (tracking parameters and fragment aside) from the cache', async () => {
    const url = server.add('https://www.bbc.com/arabic/world-cache', seedPage());
    const page = await browser.context.newPage();
    await page.goto(`${url}?utm_source=first&id=7`);
    const tabId = await tabIdOf(probe, page);
    const first = await readyState(probe, tabId);
    expect(first.cached).toBe(false);
    await page.goto(`${url}?id=7&fbclid=abc#section`);
    await page.reload();
    const second = await readyState(probe, tabId);
    expect(second.cached).toBe(true);
    expect(second.quotes).toEqual(first.quotes);
    await page.close();
  });

  it('keeps the cache across a service-worker restart (memory gone)', async () => {
    const url = server.add('https://www.bbc.com/arabic/world-restart', seedPage());
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(probe, page);
    expect((await readyState(probe, tabId)).cached).toBe(false);
    await stopExtensionWorker(browser, page);
    await page.reload();
    expect((await readyState(probe, tabId)).cached).toBe(true);
    await page.close();
  });
});
