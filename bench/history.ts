/**
 * The reading history at 10,000 articles: storage used, the worker's cold start (read everything, build
 * the index), and search times by speaker, party and words — first in Node (fake-indexeddb, the same
 * code as the worker), then in Chromium with the built extension (real IndexedDB, the history page
 * asking the worker through messages, as the reader does). Prints figures; asserts nothing.
 * Run: npm run build && npm run bench:history  (ISNAD_BENCH_ARTICLES=n for another size)
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../scripts/browser.ts';
import { type HistoryArticle, HistoryStore, historyArticle } from '../src/background/history.ts';
import { HistoryIndex } from '../src/background/history-index.ts';
import { articleFromHtml } from '../src/cli/html.ts';
import { analyze } from '../src/engine/index.ts';
import firstNames from '../src/engine/lexicon/firstnames.json' with { type: 'json' };
import type { Analysis } from '../src/engine/types.ts';
import type { HistoryQuery } from '../src/messages.ts';
import { LAVROV_PARAGRAPHS } from '../tests/e2e/extension-pages.ts';
import { seedText } from '../tests/e2e/fixtures.ts';

const ARTICLES = Number(process.env.ISNAD_BENCH_ARTICLES ?? 10_000);
const PAGES = join(import.meta.dirname, '../../shared/pages');

// Real analyses of real texts, then varied: each article's named speakers renamed from a pool of
// 4,000 people (a third of the statements by family name only, as articles do), URLs on 60 sites.
const bases: { text: string; analysis: Analysis; title: string }[] = [
  ...readdirSync(PAGES)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => {
      const article = articleFromHtml(readFileSync(join(PAGES, name), 'utf8'));
      return article
        ? [{ text: article.text, analysis: analyze(article.text), title: article.headline }]
        : [];
    }),
  { text: seedText(), analysis: analyze(seedText()), title: 'seed' },
  { text: LAVROV_PARAGRAPHS.join(' '), analysis: analyze(LAVROV_PARAGRAPHS.join(' ')), title: 'lavrov' },
];
const given = firstNames.male;
const people = Array.from({ length: 4000 }, (_, k) => {
  const first = given[k % given.length] as string;
  const family = `${given[(k * 7 + 3) % given.length]}ي`;
  return { full: `${first} ${family}`, family };
});

function synthetic(i: number): HistoryArticle {
  const base = bases[i % bases.length] as (typeof bases)[number];
  const quotes = base.analysis.quotes.map((quote, q) => {
    if (quote.speaker?.type !== 'PER' || quote.speaker.name.includes('لافروف')) return quote;
    const person = people[(i * 3 + q) % people.length] as (typeof people)[number];
    return { ...quote, speaker: { ...quote.speaker, name: q % 3 === 2 ? person.family : person.full } };
  });
  const url = `https://www.site${i % 60}.example/news/${i}?utm_source=feed`;
  return historyArticle(
    url,
    {
      title: `${base.title} ${i}`,
      outlet: `site${i % 60}`,
      published: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
    },
    base.text,
    { ...base.analysis, quotes },
    1_700_000_000_000 + i * 60_000,
  );
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
const ms = (value: number) => `${value.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const QUERIES: [string, HistoryQuery][] = [
  ['speaker «لافروف» (merged across spellings)', { speaker: 'لافروف' }],
  ['speaker, a family name shared by several people', { speaker: people[1]?.family ?? '' }],
  ['party «الأمم المتحدة»', { party: 'الامم المتحدة' }],
  ['words «قنوات اتصال»', { text: 'قنوات اتصال' }],
  ['words, no match', { text: 'لا يوجد هذا النص' }],
  [
    'speaker + words + the last 30 days',
    { speaker: 'لافروف', text: 'روسيا', since: 1_700_000_000_000 + (ARTICLES - 43_200) * 60_000 },
  ],
  ['everything (first page)', {}],
];

async function node(articles: HistoryArticle[]): Promise<void> {
  console.log(`\n— Node (fake-indexeddb), ${articles.length} articles`);
  const statements = articles.reduce((sum, article) => sum + article.statements.length, 0);
  const bytes = articles.reduce((sum, article) => sum + article.bytes, 0);
  line('statements', String(statements));
  line('stored summaries as JSON (UTF-8)', `${mb(bytes)} (${Math.round(bytes / articles.length)} B/article)`);
  const store = new HistoryStore('bench-history');
  let began = performance.now();
  for (const article of articles) await store.record(article, ARTICLES);
  line('record, mean per article (fake-indexeddb)', ms((performance.now() - began) / articles.length));
  const heap = process.memoryUsage().heapUsed;
  began = performance.now();
  const index = new HistoryIndex(await store.all());
  line('cold start: read all + index', ms(performance.now() - began));
  began = performance.now();
  const overview = index.overview();
  line(
    'first overview (merging speakers)',
    `${ms(performance.now() - began)}, ${overview.speakers.length} speakers listed`,
  );
  line('heap held by the index (approx.)', mb(process.memoryUsage().heapUsed - heap));
  for (const [label, query] of QUERIES) {
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      found = index.search(query, 0, 100).total;
      times.push(performance.now() - start);
    }
    line(`search: ${label}`, `${ms(median(times))} (${found} statements)`);
  }
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    index.put(synthetic(run));
    index.search({ speaker: 'لافروف' }, 0, 100);
    times.push(performance.now() - start);
  }
  line('a new article, then a search (speakers merged again)', ms(median(times)));
  await store.close();
}

async function chromium(articles: HistoryArticle[]): Promise<void> {
  console.log(`\n— Chromium (real IndexedDB; the history page asks the worker), ${articles.length} articles`);
  const browser = await launchChromium({ port: 9, hosts: [], headless: true });
  try {
    // The popup page (opened as a tab, bound to no tab) is an extension page that asks nothing of the
    // history by itself: the worker's first history answer below is a cold one.
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=-1`);
    const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const before = await usage();
    // The worker owns writes; for the bench the page fills the store directly (same origin, same schema).
    for (let start = 0; start < articles.length; start += 1000) {
      await page.evaluate(
        async (batch) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('isnad-history', 1);
            request.onupgradeneeded = () => {
              const store = request.result.createObjectStore('articles', { keyPath: 'key' });
              store.createIndex('byVisited', 'visited');
              store.createIndex('byHost', 'host');
            };
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const tx = db.transaction('articles', 'readwrite');
          for (const article of batch) tx.objectStore('articles').put(article);
          await new Promise((resolve) => {
            tx.oncomplete = resolve;
          });
          db.close();
        },
        articles.slice(start, start + 1000),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    line('storage used by the history (navigator.storage.estimate)', mb((await usage()) - before));
    const history = page;
    const ask = (message: unknown) =>
      history.evaluate(async (request) => {
        const start = performance.now();
        const reply = (await chrome.runtime.sendMessage(request)) as {
          ok: boolean;
          total?: number;
          articles?: number;
        };
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return { ms: performance.now() - start, total: reply.total ?? reply.articles ?? 0 };
      }, message);
    const cold = await ask({ type: 'history-overview' });
    line('cold worker: first answer (read all, index, merge)', `${ms(cold.ms)} (${cold.total} articles)`);
    for (const [label, query] of QUERIES) {
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < 15; run++) {
        const result = await ask({ type: 'history-search', query, offset: 0, limit: 100 });
        times.push(result.ms);
        found = result.total;
      }
      line(`search via message: ${label}`, `${ms(median(times))} (${found} statements)`);
    }
  } finally {
    await browser.close();
  }
}

const articles = Array.from({ length: ARTICLES }, (_, i) => synthetic(i));
await node(articles);
await chromium(articles);
