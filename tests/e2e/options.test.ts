// The options in real Chromium: what the reader sets takes effect in real pages (highlights, colours,
// a default site switched off, a site excluded); the page itself is accessible in Arabic and English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, type Settings } from '../../src/settings.ts';
import {
  axeViolations,
  LAVROV_PAGE,
  openExtensionPage,
  screenshotPath,
  tabStopsWithoutFocusRing,
} from './extension-pages.ts';
import { seedPage } from './fixtures.ts';
import {
  type Browser,
  extensionPage,
  launchBrowser,
  NewsServer,
  paintedRanges,
  readyState,
  settledState,
  stateOf,
  tabIdOf,
} from './harness.ts';

const HOSTS = ['www.bbc.com', 'www.aljazeera.net'];
const server = new NewsServer();
let port: number;

beforeAll(async () => {
  port = await server.start();
});

afterAll(async () => {
  await server.stop();
});

async function openNews(browser: Browser, probe: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, tabId: await tabIdOf(probe, page) };
}

async function namesPainted(page: Page): Promise<Set<string>> {
  return new Set((await paintedRanges(page)).map((range) => range.name));
}

async function storedSettings(options: Page): Promise<Settings> {
  return options.evaluate(
    async (key) => (await chrome.storage.local.get(key))[key] as Settings,
    SETTINGS_KEY,
  );
}

describe('options in Arabic', () => {
  let browser: Browser;
  let probe: Page;
  let options: Page;
  let path = 0;
  const seedUrl = () => server.add(`https://www.bbc.com/arabic/seed-${++path}`, seedPage());

  beforeAll(async () => {
    browser = await launchBrowser(port, HOSTS, { lang: 'ar' });
    probe = await extensionPage(browser);
    options = await openExtensionPage(browser, 'src/options/index.html');
    await options.waitForSelector('input[name="show-per"]');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is accessible: no axe-core violations, focus visible on every control reached by Tab, right to left', async () => {
    expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(options)).toEqual([]);
    expect(await tabStopsWithoutFocusRing(options, 80)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: screenshotPath('options-ar'), fullPage: true });
  });

  it('parties off: an open page drops its party highlights at once, and a new page paints none', async () => {
    const { page, tabId } = await openNews(browser, probe, seedUrl());
    await readyState(probe, tabId);
    expect(await namesPainted(page)).toEqual(
      new Set(['isnad-quote', 'isnad-speaker', 'isnad-per', 'isnad-org', 'isnad-loc']),
    );
    for (const name of ['per', 'org', 'loc']) await options.uncheck(`input[name="show-${name}"]`);
    await page.waitForFunction(() => !CSS.highlights.has('isnad-per') && !CSS.highlights.has('isnad-loc'));
    const fresh = await openNews(browser, probe, seedUrl());
    const state = await readyState(probe, fresh.tabId);
    expect(state.highlights.per + state.highlights.org + state.highlights.loc).toBe(0);
    expect(await namesPainted(fresh.page)).toEqual(new Set(['isnad-quote', 'isnad-speaker']));
    for (const name of ['per', 'org', 'loc']) await options.check(`input[name="show-${name}"]`);
    await page.waitForFunction(() => CSS.highlights.has('isnad-per'));
    await page.close();
    await fresh.page.close();
  });

  it("paints statements in the reader's colour, and shows its contrast", async () => {
    const { page, tabId } = await openNews(browser, probe, seedUrl());
    await readyState(probe, tabId);
    const colour = options.locator('input[type="color"]').first();
    await colour.fill('#ff00aa');
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some(
          (rule) => rule.cssText.includes('isnad-quote') && /255, 0, 170|ff00aa/.test(rule.cssText),
        ),
      ),
    );
    // Text #111 on #ff00aa: 5.2:1, no warning; a dark fill on a light page is flagged.
    expect(await options.locator('.ratio').first().textContent()).toMatch(/^5\.\d:1$/);
    await colour.fill('#202020');
    await options.waitForSelector('.ratio.warning');
    await options.click('button:has-text("الألوان الافتراضية")');
    await options.waitForSelector('.ratio.warning', { state: 'detached' });
    await page.close();
  });

  it('a default site switched off: nothing runs there (nothing painted, no article read)', async () => {
    await options.uncheck('label:has-text("www.bbc.com/arabic") input');
    await expect
      .poll(() => storedSettings(options).then((stored) => stored.disabledSites))
      .toEqual(['www.bbc.com/arabic']);
    const { page, tabId } = await openNews(browser, probe, seedUrl());
    const state = await settledState(probe, tabId, 10_000);
    expect(state?.status).toBe('not-arabic');
    expect(await paintedRanges(page)).toEqual([]);
    // Other default sites still run.
    const other = await openNews(
      browser,
      probe,
      server.add('https://www.aljazeera.net/news/one', LAVROV_PAGE),
    );
    expect((await readyState(probe, other.tabId)).quotes.length).toBeGreaterThan(0);
    await options.check('label:has-text("www.bbc.com/arabic") input');
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect((await readyState(probe, tabId)).quotes.length).toBeGreaterThan(0);
    await page.close();
    await other.page.close();
  });

  it('an excluded site: nothing runs by itself, even on a default site; "Analyse this page" still does', async () => {
    await options.fill('fieldset:nth-of-type(3) input[type="text"]', 'https://aljazeera.net/some/page');
    await options.click('fieldset:nth-of-type(3) button[type="submit"]');
    await options.waitForSelector('fieldset:nth-of-type(3) li:has-text("aljazeera.net")');
    await expect
      .poll(() => storedSettings(options).then((stored) => stored.excludedHosts))
      .toEqual(['aljazeera.net']);
    const { page, tabId } = await openNews(
      browser,
      probe,
      server.add('https://www.aljazeera.net/news/two', LAVROV_PAGE),
    );
    expect((await settledState(probe, tabId, 10_000))?.status).toBe('not-arabic');
    expect(await paintedRanges(page)).toEqual([]);
    await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'analyse' }), tabId);
    expect((await readyState(probe, tabId)).quotes.length).toBeGreaterThan(0);
    expect(await stateOf(probe, tabId)).not.toBeNull();
    await page.close();
  });

  it('keeps the settings it was given, validated, across a reload of the options page', async () => {
    await options.uncheck('input[name="hover-card"]');
    await options.fill('input[type="number"]', '250');
    await options.press('input[type="number"]', 'Tab');
    await options.reload();
    await options.waitForSelector('input[name="hover-card"]');
    expect(await options.isChecked('input[name="hover-card"]')).toBe(false);
    expect(await options.inputValue('input[type="number"]')).toBe('250');
    const stored = await options.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { historyMax: number; excludedHosts: string[] }).excludedHosts).toEqual([
      'aljazeera.net',
    ]);
  });
});

describe('options in English', () => {
  it('reads left to right and is accessible', async () => {
    const browser = await launchBrowser(port, HOSTS, { lang: 'en' });
    try {
      const options = await openExtensionPage(browser, 'src/options/index.html');
      await options.waitForSelector('input[name="show-per"]');
      expect(await options.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await options.textContent('h1')).toBe('Isnad settings');
      expect(await axeViolations(options)).toEqual([]);
      await options.screenshot({ path: screenshotPath('options-en'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
