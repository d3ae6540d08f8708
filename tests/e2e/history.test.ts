// The reading history in real Chromium: two saved news pages, the seed and a page of ours quoting the
// same speaker under another spelling are read; the history page finds the speaker in two articles,
// exports what it found as CSV and JSON (parsed back here), deletes with confirmation.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementKey } from '../../src/report/identity.ts';
import { parseCsv } from '../csv.ts';
import {
  axeViolations,
  LAVROV_PAGE,
  openExtensionPage,
  screenshotPath,
  tabStopsWithoutFocusRing,
} from './extension-pages.ts';
import { hostFor, savedPages, seedPage, withoutScripts } from './fixtures.ts';
import { type Browser, extensionPage, launchBrowser, NewsServer, readyState, tabIdOf } from './harness.ts';

const SAVED = savedPages().filter(({ name }) => name === 'alyaum-1' || name === 'assabah-1');
const server = new NewsServer();
let port: number;

beforeAll(async () => {
  port = await server.start();
});

afterAll(async () => {
  await server.stop();
});

/** Reads every page in a fresh tab until the content script has its analysis (and the history its entry). */
async function readAll(browser: Browser, probe: Page, urls: string[]): Promise<void> {
  for (const url of urls) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await readyState(probe, await tabIdOf(probe, page));
    await page.close();
  }
}

function urlsFor(): string[] {
  return [
    ...SAVED.map(({ name, meta, html }) =>
      server.add(`https://${hostFor(meta.site)}/news/${name}`, withoutScripts(html)),
    ),
    server.add('https://www.bbc.com/arabic/world-seed', seedPage()),
    server.add('https://www.aljazeera.net/news/lavrov', LAVROV_PAGE),
  ];
}

async function downloaded(page: Page, format: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-format="${format}"]`),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

async function searchSpeaker(page: Page, name: string): Promise<void> {
  await page.fill('input[name="speaker"]', name);
  await page.waitForFunction(
    () => document.querySelectorAll('.articles > li').length > 0 && !document.querySelector('[aria-busy]'),
  );
}

describe('history in Arabic', () => {
  let browser: Browser;
  let probe: Page;
  let history: Page;

  beforeAll(async () => {
    const urls = urlsFor();
    browser = await launchBrowser(port, [...new Set(urls.map((url) => new URL(url).hostname))], {
      lang: 'ar',
    });
    probe = await extensionPage(browser);
    await readAll(browser, probe, urls);
    history = await openExtensionPage(browser, 'src/history/index.html');
    await history.waitForSelector('.articles > li');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every article read, newest first', async () => {
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 4);
    const titles = await history.$$eval('.articles h3', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    expect(titles[0]).toContain('لافروف');
    expect(titles[1]).toContain('روسيا');
    expect(await history.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('finds لافروف in two articles under one name, each statement linking back to its article', async () => {
    await searchSpeaker(history, 'لافروف');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 2);
    const links = await history.$$eval('.articles h3 a', (nodes) =>
      nodes.map((node) => (node as HTMLAnchorElement).href),
    );
    expect(links).toEqual(['https://www.aljazeera.net/news/lavrov', 'https://www.bbc.com/arabic/world-seed']);
    const speakers = new Set(
      await history.$$eval('.statement .speaker', (nodes) => nodes.map((node) => node.textContent)),
    );
    expect(speakers.size).toBe(1);
    const quoteLink = await history.$eval('.statement a.quote', (node) => (node as HTMLAnchorElement).href);
    expect(quoteLink).toMatch(/^https:\/\/www\.aljazeera\.net\/news\/lavrov#:~:text=/);
    // The other spelling finds the same statements.
    const count = await history.$$eval('.statement', (nodes) => nodes.length);
    await searchSpeaker(history, 'سيرجي لافروف');
    await history.waitForFunction((n) => document.querySelectorAll('.statement').length === n, count);
    await history.screenshot({ path: screenshotPath('history-ar'), fullPage: true });
  });

  it('exports what it found as CSV and JSON that parse back: Arabic intact, formulas neutralised, one row per statement', async () => {
    await searchSpeaker(history, 'لافروف');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 2);
    const shown = await history.$$eval('.statement', (nodes) => nodes.length);
    const csv = await downloaded(history, 'csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const [header, ...data] = rows;
    expect(header?.slice(0, 5)).toEqual(['speaker', 'speaker_type', 'kind', 'cue', 'text']);
    expect(data).toHaveLength(shown);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(data.every((row) => (row[column('speaker')] ?? '').includes('لافروف'))).toBe(true);
    expect(data.some((row) => (row[column('text')] ?? '').includes('قنوات'))).toBe(true);
    const titles = data.map((row) => row[column('title')] ?? '');
    expect(titles.some((title) => title.startsWith(`'=HYPERLINK`))).toBe(true);
    expect(titles.some((title) => /^[=+\-@]/.test(title))).toBe(false);

    const json = JSON.parse(await downloaded(history, 'json')) as {
      format: string;
      articles: { url: string; meta: { title: string }; statements: { speaker: string; text: string }[] }[];
    };
    expect(json.format).toBe('isnad');
    expect(json.articles.map((article) => article.url)).toEqual([
      'https://www.aljazeera.net/news/lavrov',
      'https://www.bbc.com/arabic/world-seed',
    ]);
    const statements = json.articles.flatMap((article) => article.statements);
    expect(statements).toHaveLength(shown);
    expect(json.articles[0]?.meta.title.startsWith('=HYPERLINK')).toBe(true);
    expect(statements.every((statement) => statement.speaker.includes('لافروف'))).toBe(true);
  });

  it("carries the reader's flags into the history's exports", async () => {
    type Exported = {
      url: string;
      statements: { text: string; start: number; end: number; flag?: unknown }[];
    };
    const before = JSON.parse(await downloaded(history, 'json')) as { articles: Exported[] };
    const seed = before.articles.find((article) => article.url.endsWith('/world-seed'));
    const statement = seed?.statements[0];
    if (!seed || !statement) throw new Error('no seed statement in the export');
    expect(statement.flag).toBeUndefined();
    const flag = { doubtful: true, note: '=راجع المصدر' };
    await history.evaluate(
      ([url, key, flag]) => chrome.runtime.sendMessage({ type: 'flag', url, key, flag }),
      [seed.url, statementKey(statement), flag] as const,
    );
    const after = JSON.parse(await downloaded(history, 'json')) as { articles: Exported[] };
    const flagged = after.articles.flatMap((article) => article.statements).filter((entry) => entry.flag);
    expect(flagged).toEqual([{ ...statement, flag }]);
    const [header, ...rows] = parseCsv((await downloaded(history, 'csv')).slice(1));
    const note = header?.indexOf('note') ?? -1;
    expect(rows.filter((row) => row[note] !== '').map((row) => row[note])).toEqual([`'=راجع المصدر`]);
  });

  it('exports the selected articles only', async () => {
    await history.fill('input[name="speaker"]', '');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 4);
    await history.locator('.articles > li').nth(2).locator('input[type="checkbox"]').check();
    await history.locator('input[name="scope"]').nth(1).check();
    const json = JSON.parse(await downloaded(history, 'json')) as { articles: { url: string }[] };
    expect(json.articles).toHaveLength(1);
    const markdown = await downloaded(history, 'md');
    expect(markdown.startsWith('## ')).toBe(true);
  });

  it('has no axe-core violations, and every control reached by Tab shows its focus', async () => {
    expect(await axeViolations(history)).toEqual([]);
    expect(await tabStopsWithoutFocusRing(history, 40)).toEqual([]);
    await history.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(history)).toEqual([]);
    await history.emulateMedia({ colorScheme: 'light' });
  });

  it('deletes one article, then one site, then everything, each after confirmation', async () => {
    const count = () => history.$$eval('.articles > li', (nodes) => nodes.length);
    const first = history.locator('.articles > li').first();
    await first.locator('button.link').first().click();
    await history.click('dialog[open] button:not([autofocus])');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 3);
    // Cancelling keeps everything.
    await history.locator('.articles > li').first().locator('button.link').nth(1).click();
    await history.click('dialog[open] button[autofocus]');
    expect(await count()).toBe(3);
    await history.locator('.articles > li').first().locator('button.link').nth(1).click();
    await history.click('dialog[open] button:not([autofocus])');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 2);
    await history.click('section[aria-labelledby="clear-title"] button');
    await history.click('dialog[open] button:not([autofocus])');
    await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 0);
    // The worker agrees: a fresh page finds nothing either.
    const fresh = await openExtensionPage(browser, 'src/history/index.html');
    await fresh.waitForFunction(() => /\b0\b|٠/.test(document.querySelector('header p')?.textContent ?? ''));
    await fresh.close();
  });
});

describe('history in English', () => {
  it('reads left to right, with the same search, for the screenshot', async () => {
    const urls = urlsFor();
    const browser = await launchBrowser(port, [...new Set(urls.map((url) => new URL(url).hostname))], {
      lang: 'en',
    });
    try {
      const probe = await extensionPage(browser);
      await readAll(browser, probe, urls);
      const history = await openExtensionPage(browser, 'src/history/index.html');
      await searchSpeaker(history, 'لافروف');
      await history.waitForFunction(() => document.querySelectorAll('.articles > li').length === 2);
      expect(await history.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await history.textContent('h1')).toBe('Reading history');
      expect(await axeViolations(history)).toEqual([]);
      await history.screenshot({ path: screenshotPath('history-en'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
