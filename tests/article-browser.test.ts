/**
 * The article finder in a real browser (Chromium via playwright-core): live Ranges from the text map,
 * layout-aware visibility, and the saved pages read the same as over linkedom.
 * Skipped when no Chromium is installed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleArticleFinder } from '../scripts/article-bundle.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = join(import.meta.dirname, '../../shared/pages');
const pageNames = existsSync(PAGES) ? readdirSync(PAGES).filter((name) => name.endsWith('.html')) : [];

interface PageExpectation {
  title: string;
  bodyStart: string;
  bodyEnd: string;
  outsideBody: string[];
}

interface BrowserResult {
  likely: boolean;
  headline: string;
  text: string;
  /** Spans whose Range.toString() did not read as the text slice. */
  mismatches: string[];
  spans: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Runs in the page: find the article, then read seeded random one-line spans back through Ranges. */
function readInPage(spanCount: number): BrowserResult {
  type Api = typeof import('../src/page/article.ts');
  const api = (globalThis as unknown as { IsnadArticle: Api }).IsnadArticle;
  const likely = api.isLikelyArabicArticle(document);
  const article = api.findArticle(document);
  if (article === null) return { likely, headline: '', text: '', mismatches: ['no article'], spans: 0 };
  const { text, map } = article;
  let state = 7;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const mismatches: string[] = [];
  let spans = 0;
  for (let i = 0; i < spanCount; i++) {
    const start = Math.floor(random() * text.length);
    const lineEnd = text.indexOf('\n', start);
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, start + 1 + Math.floor(random() * 80));
    const slice = text.slice(start, end);
    if (slice.trim() === '') continue;
    spans++;
    const range = map.rangeFor(start, end);
    const read = range === null ? '<null>' : range.toString();
    if (squash(read) !== squash(slice)) mismatches.push(`${JSON.stringify(slice)} ≠ ${JSON.stringify(read)}`);
  }
  return { likely, headline: article.headline, text, mismatches, spans };
}

const available = existsSync(CHROMIUM);

describe.skipIf(!available)('in Chromium', () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    script = await bundleArticleFinder();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string): Promise<Page> {
    const page = await browser.newPage();
    // Offline, like the saved pages: nothing leaves the machine, nothing waits on the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    return page;
  }

  for (const name of pageNames) {
    it(`reads ${name} and maps spans to live Ranges`, async () => {
      const expected = JSON.parse(
        readFileSync(join(PAGES, name.replace(/\.html$/, '.json')), 'utf8'),
      ) as PageExpectation;
      const page = await open(readFileSync(join(PAGES, name), 'utf8'));
      const result = await page.evaluate(readInPage, 200);
      await page.close();
      expect(result.likely).toBe(true);
      expect(collapse(result.headline)).toBe(collapse(expected.title));
      const text = collapse(result.text);
      expect(text).toContain(collapse(expected.bodyStart));
      expect(text).toContain(collapse(expected.bodyEnd));
      for (const outside of expected.outsideBody) expect(text).not.toContain(collapse(outside));
      expect(result.spans).toBeGreaterThan(100);
      expect(result.mismatches).toEqual([]);
    }, 60_000);
  }

  it('leaves out what CSS hides, which only layout knows', async () => {
    const paragraph =
      'قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الاجتماعات ستتواصل حتى نهاية الأسبوع، مؤكدا أن الوفود أحرزت تقدما كبيرا.';
    const page =
      await open(`<html lang="ar"><head><style>.gone{display:none}.ghost{visibility:hidden}</style></head>
<body><h1>عنوان الخبر</h1><div class="article-body"><p>${paragraph}</p><p class="gone">فقرة أخفاها التنسيق</p>
<p class="ghost">فقرة غير مرئية</p><div style="display:contents"><p>${paragraph}</p></div></div></body></html>`);
    const result = await page.evaluate(readInPage, 50);
    await page.close();
    expect(result.text).toBe(`عنوان الخبر\n\n${paragraph}\n\n${paragraph}`);
    expect(result.mismatches).toEqual([]);
  }, 60_000);
});
