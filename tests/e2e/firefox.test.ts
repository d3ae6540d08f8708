// The Firefox build in Debian's Firefox ESR: on the seed article at a real news domain the content script
// paints exactly the statements and speakers the background's analysis names, and nothing outside the
// article. (Firefox does not let a driver open moz-extension:// pages, so the popup is not driven here.)
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from '../../scripts/firefox.ts';
import { articleFromHtml } from '../../src/cli/html.ts';
import { analyze } from '../../src/engine/index.ts';
import { SIDEBAR_HEADLINES, seedPage } from './fixtures.ts';
import { collapse, countPaintedInside, listPainted, NewsServer } from './harness.ts';

const SEED_URL = 'https://www.bbc.com/arabic/world-seed';
const server = new NewsServer();
let firefox: LaunchedFirefox;
let page: Page;

beforeAll(async () => {
  const port = await server.start();
  server.add(SEED_URL, seedPage());
  firefox = await launchFirefox({ port, hosts: [new URL(SEED_URL).host] });
  page = await firefox.browser.newPage();
  await page.goto(SEED_URL);
});

afterAll(async () => {
  await firefox?.close();
  await server.stop();
});

/** What the engine finds in the article as the content script extracts it: the worker's answer. */
function expectedAnalysis(): { quotes: string[]; speakers: string[] } {
  const article = articleFromHtml(seedPage());
  if (!article) throw new Error('no article in the seed page');
  const analysis = analyze(article.text);
  const slice = (span: { start: number; end: number }) => collapse(article.text.slice(span.start, span.end));
  return {
    quotes: analysis.quotes.map(slice),
    speakers: analysis.quotes.flatMap((quote) => (quote.speakerMention ? [slice(quote.speakerMention)] : [])),
  };
}

describe('Firefox ESR, seed article at www.bbc.com/arabic', () => {
  it('highlights the statements and speakers of the background’s analysis, inside the article only', async () => {
    const expected = expectedAnalysis();
    expect(expected.quotes.length).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(
      (count) => (CSS.highlights.get('isnad-quote')?.size ?? 0) >= count,
      { timeout: 30_000, polling: 100 },
      expected.quotes.length,
    );
    const painted = await page.evaluate(listPainted);
    const textsOf = (name: string) =>
      painted
        .filter((range) => range.name === name)
        .map((range) => collapse(range.text))
        .sort();
    expect(textsOf('isnad-quote')).toEqual([...expected.quotes].sort());
    expect(textsOf('isnad-speaker')).toEqual([...expected.speakers].sort());
    expect(textsOf('isnad-speaker').some((name) => name.includes('لافروف'))).toBe(true);
    expect(await page.evaluate(countPaintedInside, 'aside, header.masthead, footer, nav')).toBe(0);
    for (const headline of SIDEBAR_HEADLINES) {
      expect(painted.some((range) => headline.includes(range.text) && range.text.length > 8)).toBe(false);
    }
  });

  it('shows the hover card for the statement under the pointer', async () => {
    const point = await page.evaluate(() => {
      const range = CSS.highlights.get('isnad-quote')?.values().next().value as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range ? [...range.getClientRects()][0] : undefined;
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.documentElement.lastElementChild?.localName === 'isnad-card', {
      timeout: 5000,
    });
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('isnad-card'), { timeout: 5000 });
  });
});
