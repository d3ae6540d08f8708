// What the reader does with the keyboard and the browser's own prompts, driven with real keystrokes on
// a virtual display: the shortcuts (highlights on/off, the side panel), and, off the default news
// sites, "Analyse this page" once (activeTab, granted by the reader's shortcut) or "always on this
// site" (that one site's host permission, granted at the browser's prompt).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Desktop, startDesktop } from './desktop.ts';
import { newsPage, seedPage } from './fixtures.ts';
import {
  type Browser,
  collectExtensionErrors,
  extensionPage,
  launchBrowser,
  NewsServer,
  readyState,
  stateOf,
  tabIdOf,
} from './harness.ts';
import { SidePanel } from './side-panel.ts';

const HOST = 'news.example.org';
const OTHER_HOST = 'akhbar.example.net';
const ARTICLE = newsPage({
  headline: 'الوزير: المفاوضات تستأنف الأسبوع المقبل',
  body: [
    'وقال وزير الخارجية سامي الحلبي إن «المفاوضات ستستأنف الأسبوع المقبل في العاصمة».',
    'وأضاف أن الاجتماع تناول ملفات الطاقة والمياه والنقل بين البلدين.',
    'وأشارت مصادر محلية إلى أن الأسواق شهدت حركة نشطة خلال الأيام الماضية في المدينة.',
  ],
});

const server = new NewsServer();
let desktop: Desktop;
let browser: Browser;
let probe: Page;

beforeAll(async () => {
  const port = await server.start();
  desktop = await startDesktop();
  browser = await launchBrowser(port, [HOST, OTHER_HOST, 'www.bbc.com'], { display: desktop.display });
  probe = await extensionPage(browser);
});

afterAll(async () => {
  await browser?.close();
  desktop?.stop();
  await server.stop();
});

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Whether the extension may run script in the tab now (activeTab granted, or the site's permission). */
function mayRunIn(tabId: number): Promise<boolean> {
  return probe.evaluate(
    (id) =>
      chrome.scripting.executeScript({ target: { tabId: id }, func: () => 0 }).then(
        () => true,
        () => false,
      ),
    tabId,
  );
}

/**
 * A shortcut on the page, pressed again (up to three times) while its effect has not shown: on a loaded
 * machine the window manager may not yet have given the browser focus, and the key is lost.
 */
async function pressUntil(page: Page, keys: string, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await done()); attempt++) {
    await page.bringToFront();
    desktop.press(keys);
    await until(done, (value) => value, 4000);
  }
}

const siteGranted = (origin: string) =>
  probe.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), origin);

/**
 * Answers the browser's permission prompt as the reader would: it focuses «Deny», so Tab to «Allow»,
 * then Return; again if the prompt came late.
 */
async function allowAtPrompt(origin: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3 && !(await siteGranted(origin)); attempt++) {
    await new Promise((done) => setTimeout(done, 1000));
    desktop.press('Tab');
    desktop.press('Return');
    await until(
      () => siteGranted(origin),
      (value) => value,
      4000,
    );
  }
  return siteGranted(origin);
}

const openIsnadByKeyboard = (page: Page, tabId: number) =>
  pressUntil(page, 'alt+shift+y', () => mayRunIn(tabId));

// First: the keys pressed at the browser's prompts below must not have opened anything yet.
describe('shortcuts on a news page', () => {
  it('Alt+Shift+H turns the highlights off and on again; Alt+Shift+S opens the side panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.add('https://www.bbc.com/arabic/keyboard', seedPage()));
    const tabId = await tabIdOf(probe, page);
    expect((await readyState(probe, tabId)).highlights.quote).toBeGreaterThan(0);
    const painted = () => page.evaluate(() => CSS.highlights.get('isnad-quote')?.size ?? 0);

    await pressUntil(page, 'alt+shift+h', async () => (await painted()) === 0);
    expect(await painted()).toBe(0);
    await pressUntil(page, 'alt+shift+h', async () => (await painted()) > 0);
    expect(await painted()).toBeGreaterThan(0);

    const panelOpen = () =>
      probe.evaluate(async () => {
        const contexts = await chrome.runtime.getContexts({
          contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType],
        });
        return contexts.length > 0;
      });
    expect(await panelOpen()).toBe(false);
    await pressUntil(page, 'alt+shift+s', panelOpen);
    // The panel opens on the tab it was asked from, and shows its statements.
    const panel = await SidePanel.attach(page, browser.extensionId);
    await panel.waitFor(`document.body?.innerText.includes('سيرجي لافروف') === true`);
    await panel.detach();
    await page.close();
  });
});

describe('on a site outside the default list', () => {
  it('"Analyse this page", after the reader opens Isnad with its shortcut, highlights the article', async () => {
    const url = server.add(`https://${HOST}/once`, ARTICLE);
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(url);
    const tabId = await tabIdOf(probe, page);
    expect(await stateOf(probe, tabId)).toBeNull();
    const popup = await browser.context.newPage();
    const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`;

    // Not yet invoked by the reader: the browser refuses, and the popup says so.
    await popup.goto(popupUrl);
    await popup.click('.empty button.primary');
    await popup.waitForSelector('.status.error');
    expect(await stateOf(probe, tabId)).toBeNull();

    expect(await mayRunIn(tabId)).toBe(false);
    await openIsnadByKeyboard(page, tabId);
    expect(await mayRunIn(tabId)).toBe(true);
    await popup.goto(popupUrl);
    await popup.click('.empty button.primary');
    const state = await readyState(probe, tabId);
    expect(state.quotes.map((quote) => quote.speaker?.name)).toContain('سامي الحلبي');
    expect(state.highlights.quote).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('"always on this site" asks for the site, then runs there by itself on every visit', async () => {
    const url = server.add(`https://${HOST}/always`, ARTICLE);
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(probe, page);
    await openIsnadByKeyboard(page, tabId);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.click('.empty .actions button:not(.primary)');
    const granted = await allowAtPrompt(`https://${HOST}/*`);
    expect(granted).toBe(true);
    await popup.close();

    const later = await browser.context.newPage();
    await later.goto(server.add(`https://${HOST}/another-day`, ARTICLE));
    const laterTab = await tabIdOf(probe, later);
    const state = await readyState(probe, laterTab);
    expect(state.highlights.quote).toBeGreaterThan(0);
    await later.close();
    await page.close();
  });
});

describe('the options page', () => {
  it('adds a site: the browser asks, the reader allows, and its articles are analysed from then on', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const addForm = options.locator('form.row').first();
    await addForm.locator('input').fill(OTHER_HOST);
    await addForm.locator('button[type="submit"]').click();
    expect(await allowAtPrompt(`https://${OTHER_HOST}/*`)).toBe(true);
    await options.waitForFunction((host) => document.body.textContent?.includes(host), OTHER_HOST);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(server.add(`https://${OTHER_HOST}/story`, ARTICLE));
    const state = await readyState(probe, await tabIdOf(probe, page));
    expect(state.highlights.quote).toBeGreaterThan(0);
    await page.close();
  });
});
