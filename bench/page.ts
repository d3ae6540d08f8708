/// <reference types="chrome" />
// `npm run bench:page`: on the largest saved page in ../shared/pages, the time from document_idle (the
// content script's start) to highlights registered in CSS.highlights (they are painted on the next
// frame); and on a non-Arabic page, what the content script costs. Needs a build (`npm run build`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { activeTabId, launchWithExtension, stopExtensionWorker, waitForState } from '../scripts/browser.ts';
import { NewsServer } from '../scripts/news-server.ts';

const SHARED = resolve(process.env.ISNAD_SHARED ?? '../shared');
const RUNS = Number(process.env.RUNS ?? 7);
const SLOW_BODY_MS = 400;
const NON_ARABIC_MATCHED = 'https://www.aljazeera.net/english/markets';
const NON_ARABIC_UNMATCHED = 'https://news.example.org/english/markets';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function largestSavedPage(): { name: string; site: string; html: string } {
  const dir = join(SHARED, 'pages');
  const [file] = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  if (!file) throw new Error(`no pages in ${dir}`);
  const meta = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8')) as {
    site: string;
  };
  const html = readFileSync(join(dir, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  return { name: file, site: meta.site, html };
}

function englishPage(): string {
  const paragraphs = Array.from(
    { length: 40 },
    (_, index) => `<p>"Markets will recover," the minister said on day ${index}, according to officials.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets rally</title></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>Markets rally as talks resume</h1>
${paragraphs.join('\n')}</article><footer>Footer</footer></body></html>`;
}

async function main(): Promise<void> {
  const saved = largestSavedPage();
  const host = saved.site.split('.').length > 2 ? saved.site : `www.${saved.site}`;
  const server = new NewsServer();
  const port = await server.start();
  const articleUrl = `https://${host}/bench/article`;
  server.add(articleUrl, saved.html);
  const slowUrl = `https://${host}/bench/slow-article`;
  server.add(slowUrl, saved.html, undefined, SLOW_BODY_MS);
  server.add(NON_ARABIC_MATCHED, englishPage());
  server.add(NON_ARABIC_UNMATCHED, englishPage());
  const browser = await launchWithExtension({
    port,
    hosts: [host, new URL(NON_ARABIC_MATCHED).host, new URL(NON_ARABIC_UNMATCHED).host],
    headless: true,
  });
  const page = await browser.context.newPage();
  let quotes = 0;
  const registeredMs = async (url: string) => {
    await page.goto(url);
    const state = await waitForState(browser.probe, await activeTabId(browser.probe, page));
    if (state?.status !== 'ready' || state.timing.registeredMs === undefined)
      throw new Error(JSON.stringify(state));
    quotes = state.quotes.length;
    return state.timing.registeredMs;
  };

  // A first visit as the reader meets it: the browser has stopped the idle worker, the article is new.
  // The worker wakes at document_start and loads the engine while the page loads.
  const cold: number[] = [];
  const coldSlow: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    await stopExtensionWorker(browser, page);
    cold.push(await registeredMs(`${articleUrl}?cold=${run}`));
    // The same, with the page's body arriving later, as over a network: the worker starts meanwhile.
    await stopExtensionWorker(browser, page);
    coldSlow.push(await registeredMs(`${slowUrl}?cold=${run}`));
  }

  // Each run under a new query string: a cache miss with a warm worker; then the same URL, from cache.
  const fresh: number[] = [];
  const cached: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    for (const [url, into] of [
      [`${articleUrl}?run=${run}`, fresh],
      [`${articleUrl}?run=${run}`, cached],
    ] as const) {
      into.push(await registeredMs(url));
    }
  }
  fresh.shift();
  cached.shift();

  // Non-Arabic: the pre-check as timed inside the script, and all script time the page spends
  // (CDP ScriptDuration) with the extension matching the site versus not matching it.
  const precheck: number[] = [];
  const scriptWith: number[] = [];
  const scriptWithout: number[] = [];
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  };
  for (let run = 0; run < RUNS; run++) {
    await page.goto(NON_ARABIC_UNMATCHED);
    await page.waitForTimeout(200);
    scriptWithout.push((await scriptSeconds()) * 1000);
    await page.goto(NON_ARABIC_MATCHED);
    const state = await waitForState(browser.probe, await activeTabId(browser.probe, page));
    if (state?.status !== 'not-arabic') throw new Error(`expected not-arabic, got ${JSON.stringify(state)}`);
    precheck.push(state.timing.startupMs);
    await page.bringToFront();
    scriptWith.push((await scriptSeconds()) * 1000);
  }
  await browser.close();
  await server.stop();

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `Largest saved page: ${saved.name} (${(saved.html.length / 1024).toFixed(0)} KB, ${quotes} statements)`,
  );
  console.log(
    `  document_idle → highlights registered, first visit, worker stopped before (median of ${cold.length}): ${ms(median(cold))}`,
  );
  console.log(
    `  … the same, the page's body arriving ${SLOW_BODY_MS} ms after its head (median of ${coldSlow.length}): ${ms(median(coldSlow))}`,
  );
  console.log(
    `  document_idle → highlights registered, new article, warm worker (median of ${fresh.length}): ${ms(median(fresh))}`,
  );
  console.log(
    `  document_idle → highlights registered, served from cache (median of ${cached.length}): ${ms(median(cached))}`,
  );
  console.log(`Non-Arabic page (median of ${RUNS}):`);
  console.log(`  pre-check inside the content script: ${ms(median(precheck))}`);
  console.log(
    `  page script time with the content script: ${ms(median(scriptWith))}, without: ${ms(median(scriptWithout))}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
