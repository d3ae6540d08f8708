// The fact-checker's workflow on the current article, in real Chromium: the real side panel (opened
// from the popup) following the active tab, citations on the clipboard, flags kept by the worker and
// carried into the exports, CSV and JSON read back, the highlight switch, keyboard and axe-core checks,
// and screenshots of the panel in Arabic and English (out/).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/report/export.ts';
import { parseCsv } from '../csv.ts';
import { axeViolations, screenshotPath } from './extension-pages.ts';
import { escapeHtml, newsPage, seedPage } from './fixtures.ts';
import { type Browser, extensionPage, launchBrowser, NewsServer, readyState, tabIdOf } from './harness.ts';
import { SidePanel } from './side-panel.ts';

const OUTLET = 'بي بي سي عربي';
const PUBLISHED = '2015-09-30T12:00:00Z';
/** Where the outlet sits against the date on the source line: it leads, in the UI's direction. */
const OUTLET_LEADS = `(() => {
  const outlet = document.querySelector('.source bdi').getBoundingClientRect();
  const date = document.querySelector('.source time').getBoundingClientRect();
  return document.documentElement.dir === 'rtl' ? outlet.left > date.left : outlet.left < date.left;
})()`;
const SECOND_HEADLINE = 'شكري: الحل السياسي هو الطريق الوحيد';

/** The seed article with the metadata a citation takes: outlet and date. */
function seedWithMeta(): string {
  const meta = `<meta property="og:site_name" content="${escapeHtml(OUTLET)}"><meta property="article:published_time" content="${PUBLISHED}">`;
  return seedPage().replace('<head>', `<head>${meta}`);
}

/** A second article (our own text) to switch to. */
function secondArticle(): string {
  return newsPage({
    headline: SECOND_HEADLINE,
    body: [
      'وقال وزير الخارجية المصري سامح شكري إن "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في المنطقة".',
      'وأضاف شكري أن القاهرة تتابع الاتصالات مع الأطراف كافة، مشيرا إلى أن الوقت لم يفت بعد.',
    ],
  });
}

const server = new NewsServer();
let browser: Browser;
let probe: Page;
let seedUrl: string;
let seed: Page;
let seedTab: number;
let popup: Page;
let port: number;

/** The popup's component tree opened as a page on a tab (the toolbar popup cannot be driven). */
async function popupFor(tabId: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  await page.waitForSelector('.speaker-name');
  return page;
}

beforeAll(async () => {
  port = await server.start();
  browser = await launchBrowser(port, ['www.bbc.com']);
  probe = await extensionPage(browser);
  seedUrl = server.add('https://www.bbc.com/arabic/panel-seed', seedWithMeta());
  seed = await browser.context.newPage();
  await seed.goto(seedUrl);
  seedTab = await tabIdOf(probe, seed);
  await readyState(probe, seedTab);
  popup = await popupFor(seedTab);
  // Extension origins cannot be granted clipboard-read: the citation is read back from the news page.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.bbc.com',
  });
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('manifest', () => {
  it('declares the side panel and the two commands (rebindable)', async () => {
    const commands = await probe.evaluate(() => chrome.commands.getAll());
    const ours = commands.filter((command) => !command.name?.startsWith('_'));
    expect(ours.map(({ name, shortcut }) => ({ name, shortcut }))).toEqual([
      { name: 'open-panel', shortcut: 'Alt+Shift+S' },
      { name: 'toggle-highlights', shortcut: 'Alt+Shift+H' },
    ]);
    const manifest = await probe.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.side_panel?.default_path).toBe('src/panel/index.html');
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
  });
});

describe('the current article in the popup', () => {
  it('copies a citation with the speaker, outlet, date and URL to the clipboard', async () => {
    const first = popup.locator('.speaker').first();
    expect(await first.locator('.speaker-name').textContent()).toContain('لافروف');
    await first.locator('.cite').first().click();
    await popup.waitForFunction(() => document.querySelector('.live')?.textContent !== '');
    await seed.bringToFront();
    const citation = await seed.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();
    expect(citation).toMatch(/^«.+» — /s);
    expect(citation).toContain('سيرجي لافروف');
    expect(citation).toContain(OUTLET);
    expect(citation).toContain('2015-09-30');
    expect(citation.endsWith(seedUrl)).toBe(true);
  });

  it('filters by speaker, by kind, and by words folded as the engine folds them', async () => {
    const state = await readyState(probe, seedTab);
    const all = await popup.locator('.statement').count();
    expect(all).toBe(state.quotes.length);
    // «الأمريكيون» is in a statement; typed without the hamza it is still found.
    await popup.getByRole('searchbox').fill('الامريكيون');
    await expect.poll(() => popup.locator('.statement').count()).toBeLessThan(all);
    const found = await popup.locator('.quote-text').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toContain('الأمريكيون');
    await popup.getByRole('button', { name: 'إلغاء التصفية' }).click();
    await expect.poll(() => popup.locator('.statement').count()).toBe(all);

    const direct = state.quotes.filter((quote) => quote.kind === 'direct').length;
    await popup.getByLabel('النوع').selectOption('direct');
    await expect.poll(() => popup.locator('.statement').count()).toBe(direct);
    await popup.getByLabel('النوع').selectOption('*');

    const speakerSelect = popup.getByLabel('القائل');
    const lavrov = await speakerSelect.locator('option', { hasText: 'لافروف' }).getAttribute('value');
    await speakerSelect.selectOption(lavrov ?? '');
    await expect.poll(() => popup.locator('.speaker').count()).toBe(1);
    await speakerSelect.selectOption('*');
    await expect.poll(() => popup.locator('.statement').count()).toBe(all);

    // A party: the statements it speaks and those that name it.
    const lavrovParty = state.parties.findIndex((party) => party.name.includes('لافروف'));
    const byOrAbout = state.quotes.filter(
      (quote) => quote.speaker?.partyId === lavrovParty || quote.parties.includes(lavrovParty),
    ).length;
    expect(state.quotes.some((quote) => quote.parties.length > 0)).toBe(true);
    await popup.getByLabel('الجهة المذكورة').selectOption(String(lavrovParty));
    await expect.poll(() => popup.locator('.statement').count()).toBe(byOrAbout);
    expect(byOrAbout).toBeLessThan(all);
    await popup.getByLabel('الجهة المذكورة').selectOption('*');
  });

  it('renders a page of 1,200 statements in batches', async () => {
    const body = Array.from(
      { length: 1200 },
      (_, i) => `وقال المتحدث باسم الوزارة إن "الاجتماع رقم ${i + 1} انتهى دون اتفاق على البنود".`,
    );
    const page = await browser.context.newPage();
    await page.goto(
      server.add('https://www.bbc.com/arabic/panel-long', newsPage({ headline: 'اجتماعات', body })),
    );
    const tabId = await tabIdOf(probe, page);
    const state = await readyState(probe, tabId, 60_000);
    expect(state.quotes.length).toBeGreaterThan(1000);
    const long = await popupFor(tabId);
    expect(await long.locator('.statement').count()).toBe(150);
    await long.locator('.show-more').click();
    await expect.poll(() => long.locator('.statement').count()).toBe(450);
    await long.getByRole('searchbox').fill('رقم 1100 ');
    await expect.poll(() => long.locator('.statement').count()).toBe(1);
    await long.close();
    await page.close();
  });

  it('moves between statements with the arrow keys', async () => {
    await popup.locator('.quote-text').first().focus();
    await popup.keyboard.press('ArrowDown');
    const focused = await popup.evaluate(() => {
      const texts = [...document.querySelectorAll('.quote-text')];
      return texts.indexOf(document.activeElement as Element);
    });
    expect(focused).toBe(1);
  });

  it('flags a statement; the worker keeps the flag for the article', async () => {
    const statement = popup.locator('.statement').first();
    await statement.locator('.flag-button').click();
    await popup.keyboard.press('Tab');
    await popup.locator('.flag-editor textarea').fill('=1+1 المصدر غير واضح');
    await popup.locator('.flag-editor button[type=submit]').click();
    await expect.poll(() => popup.locator('.statement.flagged').count()).toBe(1);
    // Focus goes back to the button that opened the editor.
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('flag-button'))).toBe(true);
    await popup.reload();
    await popup.waitForSelector('.statement.flagged');
    expect(await popup.locator('.statement.flagged .flag-note').textContent()).toContain('المصدر غير واضح');
  });

  it('exports CSV and JSON of the article that read back: Arabic intact, formulas neutralised, flags in', async () => {
    const state = await readyState(probe, seedTab);
    const [csvDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-format=csv]').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('isnad-بي-بي-سي-عربي-2015-09-30.csv');
    const csvBytes = readFileSync(await csvDownload.path());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csvBytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + state.quotes.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('text')])).toEqual(
      state.quotes.map((quote) => (/^[=+\-@\t\r]/.test(quote.text) ? `'${quote.text}` : quote.text)),
    );
    expect(rows.slice(1).some((row) => row[column('speaker')] === 'سيرجي لافروف')).toBe(true);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const flagged = rows.filter((row) => row[column('flag')] === 'doubtful');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.[column('note')]).toBe("'=1+1 المصدر غير واضح");
    expect(rows[1]?.[column('outlet')]).toBe(OUTLET);
    expect(rows[1]?.[column('url')]).toBe(seedUrl);

    const [jsonDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-format=json]').click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe('isnad-بي-بي-سي-عربي-2015-09-30.json');
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    const [article] = json.articles;
    expect(json.format).toBe('isnad');
    expect(article.url).toBe(seedUrl);
    expect(article.meta).toMatchObject({ outlet: OUTLET, published: '2015-09-30T12:00:00.000Z' });
    expect(article.statements).toHaveLength(state.quotes.length);
    expect(article.analysis.quotes).toHaveLength(state.quotes.length);
    expect(article.statements.map((statement: { text: string }) => statement.text)).toEqual(
      state.quotes.map((quote) => quote.text),
    );
    expect(article.statements.filter((statement: { flag?: unknown }) => statement.flag)).toEqual([
      expect.objectContaining({ flag: { doubtful: true, note: '=1+1 المصدر غير واضح' } }),
    ]);

    const [markdown] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-format=md]').click(),
    ]);
    expect(readFileSync(await markdown.path(), 'utf8')).toContain('روسيا مستعدة لقنوات اتصال');
  });

  it('hides and shows the highlights on the page', async () => {
    const painted = () => seed.evaluate(() => CSS.highlights.has('isnad-quote'));
    expect(await painted()).toBe(true);
    const toggle = popup.getByRole('button', { name: 'الإبراز في الصفحة' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(painted).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await readyState(probe, seedTab)).shown).toBe(false);
    await toggle.click();
    await expect.poll(painted).toBe(true);
  });

  it('has no axe-core violations, flag editor open', async () => {
    await popup.locator('.flag-button').nth(1).click();
    // The check can fail: a planted image without a text alternative is found.
    await popup.evaluate(() =>
      document.body.append(Object.assign(document.createElement('img'), { id: 'planted' })),
    );
    expect((await axeViolations(popup)).join()).toContain('image-alt');
    await popup.evaluate(() => document.getElementById('planted')?.remove());
    expect(await axeViolations(popup)).toEqual([]);
    // And on a dark system theme, where the palette changes.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });
});

describe('the real side panel', () => {
  let panel: SidePanel;
  let second: Page;
  let secondTab: number;

  beforeAll(async () => {
    second = await browser.context.newPage();
    await second.goto(server.add('https://www.bbc.com/arabic/panel-second', secondArticle()));
    secondTab = await tabIdOf(probe, second);
    await readyState(probe, secondTab);
    // The panel opens in the popup's window; the articles are tabs of the same window.
    const windows = await probe.evaluate(
      (ids) => Promise.all(ids.map((id) => chrome.tabs.get(id).then((tab) => tab.windowId))),
      [seedTab, secondTab],
    );
    const popupWindow = await popup.evaluate(() => chrome.windows.getCurrent().then((current) => current.id));
    expect(new Set([...windows, popupWindow]).size).toBe(1);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'فتح في اللوحة الجانبية' }).click();
    panel = await SidePanel.attach(probe, browser.extensionId);
  });

  afterAll(async () => {
    await panel?.detach();
  });

  const headline = () => panel.evaluate<string>("document.querySelector('.headline')?.textContent ?? ''");

  it('follows the active tab as it changes', async () => {
    await seed.bringToFront();
    await expect.poll(headline, { timeout: 15_000 }).toContain('روسيا مستعدة');
    expect(await panel.evaluate<string>("document.querySelector('.speaker-name')?.textContent")).toContain(
      'لافروف',
    );
    await second.bringToFront();
    await expect.poll(headline, { timeout: 15_000 }).toBe(SECOND_HEADLINE);
    await seed.bringToFront();
    await expect.poll(headline, { timeout: 15_000 }).toContain('روسيا مستعدة');
  });

  it('follows the active tab to a new page', async () => {
    await second.bringToFront();
    await expect.poll(headline, { timeout: 15_000 }).toBe(SECOND_HEADLINE);
    await second.goto(server.add('https://www.bbc.com/arabic/panel-third', seedWithMeta()));
    await expect.poll(headline, { timeout: 15_000 }).toContain('روسيا مستعدة');
    await seed.bringToFront();
  });

  it('shows the flags kept for the article', async () => {
    await panel.waitFor("document.querySelector('.statement.flagged .flag-note')");
    expect(
      await panel.evaluate<string>("document.querySelector('.statement.flagged .flag-note').textContent"),
    ).toContain('المصدر غير واضح');
  });

  it('copies a citation from the panel with a click', async () => {
    await seed.evaluate(() => navigator.clipboard.writeText(''));
    await panel.click('.cite');
    await panel.waitFor("document.querySelector('.live').textContent !== ''");
    expect(await panel.evaluate<string>("document.querySelector('.live').textContent")).toBe('نُسخ الاقتباس.');
    const citation = await seed.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('لافروف');
    expect(citation.endsWith(seedUrl)).toBe(true);
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('is right to left in Arabic (screenshot: out/panel-ar.png)', async () => {
    expect(await panel.evaluate<string>('document.documentElement.dir')).toBe('rtl');
    expect(await panel.evaluate<boolean>(OUTLET_LEADS)).toBe(true);
    await panel.evaluate('window.scrollTo(0, 0)');
    writeFileSync(screenshotPath('panel-ar'), await panel.screenshot());
  });
});

describe('the side panel in English', () => {
  it('is left to right, has no axe-core violations (screenshot: out/panel-en.png)', async () => {
    const english = await launchBrowser(port, ['www.bbc.com'], { lang: 'en' });
    try {
      const englishProbe = await extensionPage(english);
      const page = await english.context.newPage();
      await page.goto(seedUrl);
      const tabId = await tabIdOf(englishProbe, page);
      await readyState(englishProbe, tabId);
      const englishPopup = await english.context.newPage();
      await englishPopup.goto(`chrome-extension://${english.extensionId}/src/popup/index.html?tab=${tabId}`);
      await englishPopup.getByRole('button', { name: 'Open in the side panel' }).click();
      const panel = await SidePanel.attach(englishProbe, english.extensionId);
      await page.bringToFront();
      await panel.waitFor("document.querySelector('.speaker-name')");
      expect(await panel.evaluate<string>('document.documentElement.dir')).toBe('ltr');
      expect(await panel.evaluate<boolean>(OUTLET_LEADS)).toBe(true);
      expect(await panel.evaluate<string>("document.querySelector('h2').textContent")).toBe('Speakers');
      expect(await axeViolations(panel)).toEqual([]);
      writeFileSync(screenshotPath('panel-en'), await panel.screenshot());
      await panel.detach();
    } finally {
      await english.close();
    }
  });
});
