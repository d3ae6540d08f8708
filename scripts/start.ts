/// <reference types="chrome" />
// `npm start`: build, open our demo article at a news domain in Chromium with the extension, popup
// beside it. Without a display: headless, prints who said what and writes screenshots to out/.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { PageReady } from '../src/messages.ts';
import { activeTabId, launchWithExtension, waitForState } from './browser.ts';
import { NewsServer } from './news-server.ts';

const DEMO_URL = 'https://www.albayan.ae/isnad-demo/water-agreement';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function printTable(state: PageReady): void {
  console.log(`\n${state.headline}\n`);
  console.log('المتحدث | النوع | الصيغة | التصريح');
  console.log('--- | --- | --- | ---');
  for (const quote of state.quotes) {
    const speaker = quote.speaker ? `${quote.speaker.name} (${quote.speaker.type})` : '—';
    console.log(`${speaker} | ${quote.kind} | ${quote.cue} | ${clip(quote.text, 90)}`);
  }
  const parties = state.parties.map((party) => `${party.name} [${party.type}×${party.count}]`).join('، ');
  console.log(`\nالجهات: ${parties || '—'}`);
  console.log(
    `من الذاكرة المؤقتة: ${state.cached}; highlights registered ${state.timing.registeredMs?.toFixed(1)} ms after document_idle\n`,
  );
}

/** Points at the middle of the first highlighted statement, so the hover card shows. */
async function hoverFirstStatement(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    const range = CSS.highlights.get('isnad-quote')?.values().next().value as Range | undefined;
    const rect = range ? [...range.getClientRects()].sort((a, b) => b.width - a.width)[0] : undefined;
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
  if (!point) return;
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('isnad-card', { state: 'attached', timeout: 2000 }).catch(() => {});
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const server = new NewsServer();
  const port = await server.start();
  server.add(DEMO_URL, readFileSync('demo/article.html', 'utf8'));
  const browser = await launchWithExtension({ port, hosts: [new URL(DEMO_URL).host], headless });
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  const tabId = await activeTabId(browser.probe, page);
  const state = await waitForState(browser.probe, tabId);
  if (state?.status !== 'ready') throw new Error(`the demo page did not get ready: ${JSON.stringify(state)}`);
  printTable(state);
  const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`;

  if (headless) {
    mkdirSync('out', { recursive: true });
    await page.screenshot({ path: 'out/page.png' });
    await hoverFirstStatement(page);
    await page.screenshot({ path: 'out/card.png' });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(popupUrl);
    await popup.waitForSelector('.speakers, .status');
    await popup.screenshot({ path: 'out/popup.png', fullPage: true });
    // The fact-checker's pages: the reading history (searched for the demo's first speaker) and the options.
    const history = await browser.context.newPage();
    await history.setViewportSize({ width: 1100, height: 760 });
    await history.goto(`chrome-extension://${browser.extensionId}/src/history/index.html`);
    await history.waitForSelector('.articles > li');
    const firstSpeaker = state.quotes.find((quote) => quote.speaker?.type === 'PER')?.speaker?.name;
    if (firstSpeaker) await history.fill('input[name="speaker"]', firstSpeaker.split(' ').at(-1) ?? '');
    await history.waitForTimeout(300);
    await history.screenshot({ path: 'out/history.png' });
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.waitForSelector('form, main');
    await options.screenshot({ path: 'out/options.png', fullPage: true });
    console.log(
      'screenshots: out/page.png, out/card.png (hover card), out/popup.png, out/history.png, out/options.png',
    );
    await browser.close();
    await server.stop();
    return;
  }
  // A display: the popup in its own small window beside the article; Ctrl-C ends.
  await browser.probe.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 440, height: 680, left: 0, top: 0 }),
    popupUrl,
  );
  console.log('Chromium is open with the demo article and the popup. Ctrl-C to quit.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.context.on('close', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
