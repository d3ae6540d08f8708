// Saved real news pages (../shared/pages), each served at its own site: no errors of ours, highlights
// only inside the article, the quoted speakers listed in the popup, none where nobody is quoted; and
// over the whole run, not one network request from the extension's own contexts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReady } from '../../src/messages.ts';
import { ExtensionRequests } from './extension-requests.ts';
import { hostFor, type SavedPage, savedPages, withoutScripts } from './fixtures.ts';
import {
  type Browser,
  collapse,
  collectExtensionErrors,
  extensionPage,
  launchBrowser,
  NewsServer,
  readyState,
  tabIdOf,
} from './harness.ts';
import { SidePanel } from './side-panel.ts';

const pages = savedPages();
const server = new NewsServer();
let browser: Browser;
let probe: Page;
let requests: ExtensionRequests;
let panel: SidePanel;

beforeAll(async () => {
  const port = await server.start();
  browser = await launchBrowser(port, [...new Set(pages.map(({ meta }) => hostFor(meta.site)))]);
  requests = new ExtensionRequests(browser.context, browser.extensionId);
  probe = await extensionPage(browser);
  // The side panel stays open through the run, following each saved page as its tab comes to the front.
  await probe.getByRole('button', { name: 'فتح في اللوحة الجانبية' }).click();
  panel = await SidePanel.attach(probe, browser.extensionId);
  await requests.watchPanel(panel);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

/** Arabic letters only: names compare without marks, punctuation or spacing differences. */
function letters(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\u0621-\u064A]/g, '');
}

/** Whether any of the names found (speaker names as listed) is the expected speaker or one of its forms. */
function speakerFound(names: string[], expected: SavedPage['speakers'][number]): boolean {
  const wanted = [expected.speaker, ...expected.forms].map(letters).filter((name) => name.length >= 3);
  return names
    .map(letters)
    .some((name) => name.length >= 3 && wanted.some((form) => name.includes(form) || form.includes(name)));
}

/** Highlighted ranges that start before the article body or after it, in page text order. */
async function paintedOutsideBody(page: Page, meta: SavedPage): Promise<string[]> {
  return page.evaluate(
    ({ title, bodyStart, bodyEnd }) => {
      const squash = (text: string) => text.replace(/\s+/g, ' ');
      // Page text with every text node's offset, whitespace collapsed as in the JSON.
      const starts = new Map<Node, number>();
      let text = '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('script,style,noscript')) continue;
        starts.set(node, text.length);
        text += squash((node as Text).data);
      }
      const startAt = text.indexOf(squash(bodyStart));
      const endAt = text.lastIndexOf(squash(bodyEnd));
      const titleAts: number[] = [];
      for (let at = text.indexOf(squash(title)); at >= 0; at = text.indexOf(squash(title), at + 1))
        titleAts.push(at);
      const outside: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight as Iterable<Range>) {
          const at = starts.get(range.startContainer);
          if (at === undefined) continue;
          const inBody = startAt >= 0 && endAt >= 0 && at >= startAt - 1 && at <= endAt + bodyEnd.length;
          const inTitle = titleAts.some((titleAt) => at >= titleAt - 1 && at <= titleAt + title.length);
          if (!inBody && !inTitle) outside.push(`${name}: ${range.toString()}`);
        }
      }
      return outside;
    },
    { title: collapse(meta.title), bodyStart: collapse(meta.bodyStart), bodyEnd: collapse(meta.bodyEnd) },
  );
}

describe.each(pages.map((entry) => [entry.name, entry] as const))('%s', (name, { meta, html }) => {
  let page: Page;
  let state: PageReady;
  let errors: string[];
  let popupNames: string[];

  beforeAll(async () => {
    const url = server.add(`https://${hostFor(meta.site)}/news/${name}`, withoutScripts(html));
    page = await browser.context.newPage();
    errors = collectExtensionErrors(page);
    await requests.watch(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(probe, page);
    state = await readyState(probe, tabId);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('.speakers, .status:not([role=status])');
    popupNames = await popup.$$eval('.speaker-name', (nodes) => nodes.map((node) => node.textContent ?? ''));
    await popup.close();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('finds the article and raises no errors', () => {
    expect(collapse(state.headline)).toContain(collapse(meta.title).slice(0, 20));
    expect(errors).toEqual([]);
  });

  it('highlights only inside the article', async () => {
    expect(state.outsideArticle).toBe(0);
    expect(await paintedOutsideBody(page, meta)).toEqual([]);
    const outsideQuotes = meta.outsideBody.map(collapse);
    for (const quote of state.quotes) {
      const text = collapse(quote.text);
      if (text.length < 12) continue;
      expect(outsideQuotes.some((outside) => outside.includes(text))).toBe(false);
    }
  });

  if (meta.hasQuotes) {
    it.each(
      meta.speakers
        .filter((speaker) => !speaker.optional)
        .map((speaker) => [speaker.speaker, speaker] as const),
    )('lists %s among the speakers', (_speaker, speaker) => {
      expect(speakerFound(popupNames, speaker), popupNames.join(' | ')).toBe(true);
    });
  } else {
    it('lists no statement beyond the optional ones', () => {
      const optional = meta.speakers.filter((speaker) => speaker.optional);
      const allowed = optional.reduce((sum, speaker) => sum + (speaker.countRange?.[1] ?? speaker.count), 0);
      expect(state.quotes.length).toBeLessThanOrEqual(allowed);
      for (const quote of state.quotes) {
        const names = [quote.speaker?.name ?? '', quote.speaker?.phrase ?? ''];
        expect(optional.some((speaker) => speakerFound(names, speaker))).toBe(true);
      }
    });
  }
});

describe('network requests of the extension’s own contexts', () => {
  it('none during the run over every saved page', () => {
    const seen = requests.all.map((request) => request.source);
    // The watch is live: it saw the popup load its own files.
    expect(seen).toContain('extension page');
    expect(requests.leaving()).toEqual([]);
  });

  it('are seen when the content script’s world or an extension page tries one; our pages and worker are refused (self-check)', async () => {
    const [first] = pages;
    if (!first) throw new Error('no saved pages');
    const host = hostFor(first.meta.site);
    const before = requests.leaving().length;
    const page = await browser.context.newPage();
    const cdp = await requests.watch(page);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: (typeof worlds)[number] }) =>
      worlds.push(event.context),
    );
    await cdp.send('Runtime.enable');
    await page.goto(`https://${host}/news/${first.name}`, { waitUntil: 'domcontentloaded' });
    await readyState(probe, await tabIdOf(probe, page));
    const ownOrigin = `chrome-extension://${browser.extensionId}`;
    const contentWorld = () =>
      worlds.find((world) => world.origin === ownOrigin && world.auxData?.type === 'isolated');
    await expect.poll(() => contentWorld()).toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: contentWorld()?.id,
      expression: `fetch('https://${host}/isnad-self-check').catch(() => {})`,
      awaitPromise: true,
    });
    // The watch sees our pages try; default-src 'self' refuses the image before the network.
    const imageFrom = `(url) => new Promise((done) => {
      document.addEventListener('securitypolicyviolation', (event) => done(event.effectiveDirective));
      const image = new Image();
      image.onload = () => done('loaded');
      image.onerror = () => setTimeout(() => done('failed'), 500);
      image.src = url;
    })`;
    expect(await probe.evaluate(`(${imageFrom})('https://${host}/isnad-self-check.png')`)).toBe('img-src');
    expect(await panel.evaluate(`(${imageFrom})('https://${host}/isnad-self-check-panel.png')`)).toBe(
      'img-src',
    );
    await expect
      .poll(() => requests.leaving().slice(before))
      .toEqual([
        { source: 'content script', url: `https://${host}/isnad-self-check` },
        { source: 'extension page', url: `https://${host}/isnad-self-check.png` },
        { source: 'side panel', url: `https://${host}/isnad-self-check-panel.png` },
      ]);
    // The worker cannot send one at all: connect-src 'none' stops its fetch before the network.
    const fromWorker = await browser.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => 'sent',
          () => 'blocked',
        ),
      `https://${host}/isnad-self-check-worker`,
    );
    expect(fromWorker).toBe('blocked');
    await page.close();
  });
});
