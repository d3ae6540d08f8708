// Saved real news pages (../shared/pages), each served at its own site: no errors of ours, highlights
// only inside the article, the quoted speakers listed in the popup, none where nobody is quoted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReady } from '../../src/messages.ts';
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

const pages = savedPages();
const server = new NewsServer();
let browser: Browser;
let probe: Page;

beforeAll(async () => {
  const port = await server.start();
  browser = await launchBrowser(port, [...new Set(pages.map(({ meta }) => hostFor(meta.site)))]);
  probe = await extensionPage(browser);
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
