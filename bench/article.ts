/**
 * Times findArticle on the largest saved page (../shared/pages) and on a synthetic 10,000-paragraph
 * page, and isLikelyArabicArticle on a non-Arabic page, over linkedom and (when installed) in Chromium.
 * Prints medians in ms.
 * Run: npm run bench:article
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../src/cli/html.ts';
import { findArticle, isLikelyArabicArticle } from '../src/page/article.ts';

const PAGES = join(import.meta.dirname, '../../shared/pages');

function median(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const report = (label: string, ms: number) => console.log(`${label.padEnd(52)} ${ms.toFixed(3)} ms`);

const largest = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, size: statSync(join(PAGES, name)).size }))
  .sort((a, b) => b.size - a.size)[0];
if (largest === undefined) throw new Error(`no pages in ${PAGES}`);
const pageHtml = readFileSync(join(PAGES, largest.name), 'utf8');
const pageDoc = parseHtmlDocument(pageHtml);
report(
  `parse ${largest.name} (${Math.round(largest.size / 1024)} KB), linkedom`,
  median(() => parseHtmlDocument(pageHtml), 20),
);
report(
  `findArticle ${largest.name}`,
  median(() => findArticle(pageDoc), 50),
);

const paragraph =
  'قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الاجتماعات ستتواصل حتى نهاية الأسبوع، مؤكدا أن الوفود أحرزت تقدما.';
const many = Array.from({ length: 10_000 }, (_, i) => `<p>${i} ${paragraph}</p>`).join('');
const manyDoc = parseHtmlDocument(
  `<html lang="ar"><head><title>عنوان</title></head><body><h1>عنوان الخبر</h1><div class="article-body">${many}</div></body></html>`,
);
report(
  'findArticle, 10,000 paragraphs',
  median(() => findArticle(manyDoc), 5),
);

const english = Array.from(
  { length: 2000 },
  (_, i) => `<p>Paragraph ${i} of an English page, with words.</p>`,
).join('');
const englishDoc = parseHtmlDocument(
  `<html lang="en"><head><title>An English page</title></head><body><nav><a href="/">Home</a></nav>${english}</body></html>`,
);
const noLangDoc = parseHtmlDocument(
  `<html><head><title>An English page</title></head><body>${english}</body></html>`,
);
report(
  'isLikelyArabicArticle, English page (lang=en)',
  median(() => isLikelyArabicArticle(englishDoc), 200),
);
report(
  'isLikelyArabicArticle, English page (no lang)',
  median(() => isLikelyArabicArticle(noLangDoc), 200),
);
report(
  'findArticle, English page (null)',
  median(() => findArticle(englishDoc), 20),
);

// The content script runs in the browser: the same timings in Chromium, when it is installed.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  const { bundleArticleFinder } = await import('../scripts/article-bundle.ts');
  const { chromium } = await import('playwright-core');
  const script = await bundleArticleFinder();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const timeIn = async (html: string, call: 'findArticle' | 'isLikelyArabicArticle', times: number) => {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    const ms = await page.evaluate(
      ({ call, times }) => {
        type Api = typeof import('../src/page/article.ts');
        const api = (globalThis as unknown as { IsnadArticle: Api }).IsnadArticle;
        // Browsers coarsen performance.now(): time batches of 20 calls, take the median batch.
        const samples: number[] = [];
        for (let i = 0; i < times; i++) {
          const start = performance.now();
          for (let j = 0; j < 20; j++) api[call](document);
          samples.push((performance.now() - start) / 20);
        }
        samples.sort((a, b) => a - b);
        return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
      },
      { call, times },
    );
    await page.close();
    return ms;
  };
  try {
    report(`Chromium: findArticle ${largest.name}`, await timeIn(pageHtml, 'findArticle', 11));
    const englishHtml = `<html lang="en"><head><title>An English page</title></head><body>${english}</body></html>`;
    report(
      'Chromium: isLikelyArabicArticle, English page',
      await timeIn(englishHtml, 'isLikelyArabicArticle', 51),
    );
  } finally {
    await browser.close();
  }
}
