/**
 * Finds the article (headline + body) in an Arabic news page, over the live DOM, and maps its text
 * back to the page's text nodes.
 * Standard DOM only: runs in the page (content script) and in Node over linkedom.
 */
import { findBodyContainer } from './article-container.ts';
import { collapseWhitespace, countArabicLetters, countLatinLetters, TEXT_NODE } from './article-dom.ts';
import { findHeadline, storyHeading, titledHeading } from './article-headline.ts';
import { walkVisibleText } from './article-walk.ts';
import { type TextMap, TextMapBuilder } from './textmap.ts';

export interface ArticleText {
  /** Headline line, "\n\n", then body blocks joined by "\n\n" (<br> → "\n"), whitespace collapsed. */
  text: string;
  headline: string;
  /** The body's container. */
  root: Element;
  map: TextMap;
}

/** Below this many Arabic letters a body is a teaser or a listing, not an article. */
const MIN_BODY_ARABIC = 120;
const SAMPLE_NODES = 400;
const SAMPLE_CHARS = 3000;

/** Cheap pre-check (< 1 ms on a non-Arabic page): lang, title, then a bounded sample of body text. */
export function isLikelyArabicArticle(doc: Document): boolean {
  if (!doc.documentElement) return false;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (/^ar\b/.test(lang)) return true;
  // Other languages in Arabic script would read as garbled Arabic to the engine.
  if (/^(fa|ur|ps|ku|ckb|sd|ug)\b/.test(lang)) return false;
  if (isMostlyArabic(doc.title ?? '')) return true;
  const body = doc.body?.firstElementChild ? doc.body : doc.documentElement;
  if (!body) return false;
  let sample = '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node !== null && visited < SAMPLE_NODES; node = walker.nextNode()) {
    visited++;
    const parent = node.parentElement?.tagName.toUpperCase();
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    if (node.nodeType === TEXT_NODE) sample += (node as Text).data;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return isMostlyArabic(sample);
}

/** null: no Arabic article here. */
export function findArticle(doc: Document): ArticleText | null {
  if (!doc.documentElement) return null;
  const found = findBodyContainer(doc);
  if (found === null) return null;
  const root = withinTitledStory(doc, found);
  const useLayout = typeof (root as Element & { checkVisibility?: unknown }).checkVisibility === 'function';
  const headline = findHeadline(doc, root);

  const builder = new TextMapBuilder();
  const exclude = new Set<Element>();
  if (headline.element !== null) {
    walkVisibleText(builder, headline.element, { exclude, useLayout: false, inline: true });
    exclude.add(headline.element);
  } else {
    builder.appendUnmapped(headline.text);
  }
  const headlineLength = builder.textLength;
  builder.breakBlock();
  const headlineShape = headline.element
    ? collapseWhitespace(headline.element.textContent ?? '')
    : headline.text;
  // Themes repeat the headline (mobile/desktop copies); the body must not start with it again.
  for (const heading of root.querySelectorAll('h1')) {
    if (collapseWhitespace(heading.textContent ?? '') === headlineShape) exclude.add(heading);
  }
  walkVisibleText(builder, root, { exclude, useLayout });

  const { text, map } = builder.build(doc);
  const body = text.slice(headlineLength);
  if (countArabicLetters(body) < MIN_BODY_ARABIC || !isMostlyArabic(body)) return null;
  return { text, headline: text.slice(0, headlineLength), root, map };
}

/**
 * On a page that has loaded the next stories below (infinite scroll), the scoring may prefer another
 * story's body: keep to the story under the h1 the page declares as its title.
 */
function withinTitledStory(doc: Document, root: Element): Element {
  const titled = titledHeading(doc);
  const own = storyHeading(doc, root);
  if (titled === null || own === null || own === titled) return root;
  // Themes print the same headline twice (mobile and desktop): still the same story.
  if (collapseWhitespace(own.textContent ?? '') === collapseWhitespace(titled.textContent ?? '')) return root;
  let scope: Element = titled;
  for (
    let parent = titled.parentElement;
    parent !== null && !parent.contains(own);
    parent = parent.parentElement
  ) {
    scope = parent;
  }
  const scoped = scope === titled ? null : findBodyContainer(doc, scope);
  return scoped !== null && countArabicLetters(scoped.textContent ?? '') >= MIN_BODY_ARABIC ? scoped : root;
}

function isMostlyArabic(text: string): boolean {
  const arabic = countArabicLetters(text);
  return arabic >= 3 && arabic >= countLatinLetters(text);
}
