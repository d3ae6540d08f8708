/**
 * Finds the headline as displayed: the heading that matches the page's declared title (og:title,
 * <title>) and sits just before (or in) the body, not the logo in the masthead; else the declared title.
 */
import { collapseWhitespace, countArabicLetters, isInvisible, isNeverText, precedes } from './article-dom.ts';

export interface Headline {
  /** The displayed headline element; null when the text comes from metadata. */
  element: Element | null;
  text: string;
}

const HEADING_SELECTOR = 'h1, h2, [itemprop~="headline"]';
/** Bounds the search on pages with hundreds of teaser headings. */
const MAX_HEADINGS = 300;
const MAX_HEADLINE_CHARS = 400;
/** Site furniture that holds logos and teaser titles, never the article's headline. */
const FURNITURE = 'header nav, nav, footer, aside, [role="navigation"], [role="contentinfo"]';

export function findHeadline(doc: Document, root: Element): Headline {
  const declared = declaredTitles(doc);
  const declaredShapes = declared.map(comparable);
  const siteName = comparable(
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
  );
  const rootAncestors = ancestorsOf(root, 5);

  let best: { element: Element; score: number } | null = null;
  let seen = 0;
  for (const element of doc.querySelectorAll(HEADING_SELECTOR)) {
    if (++seen > MAX_HEADINGS) break;
    // An unclosed <h1> swallows the page: the body inside it is no headline.
    if (element.contains(root)) continue;
    const text = collapseWhitespace(element.textContent ?? '');
    if (countArabicLetters(text) < 3 || text.length > MAX_HEADLINE_CHARS) continue;
    const shape = comparable(text);
    const match = Math.max(0, ...declaredShapes.map((title) => overlap(title, shape)));
    let score = 10 * match;
    if (element.tagName.toUpperCase() === 'H1') score += 2;
    if (precedes(element, root) || root.contains(element)) score += 3;
    score += closeness(element, rootAncestors);
    if (shape === siteName || element.closest(FURNITURE) !== null) score -= 8;
    // A second-rank heading must match the declared title to be the headline.
    if (element.tagName.toUpperCase() !== 'H1' && match < 0.6) continue;
    // Layout last: it is the costly test.
    if ((best === null || score > best.score) && isShown(element)) best = { element, score };
  }
  if (best !== null && best.score > 0) return { element: best.element, text: '' };
  const fallback = declared.find((title) => countArabicLetters(title) >= 3) ?? '';
  return { element: null, text: fallback };
}

/** The h1 whose text is the page's declared title, near enough verbatim; null if none is. */
export function titledHeading(doc: Document): Element | null {
  const declared = declaredTitles(doc).map(comparable);
  for (const element of doc.querySelectorAll('h1')) {
    const shape = comparable(element.textContent ?? '');
    if (shape !== '' && declared.some((title) => overlap(title, shape) >= 0.8) && isShown(element))
      return element;
  }
  return null;
}

/** The h1 heading the story `root` belongs to: the first inside it, else the last before it. */
export function storyHeading(doc: Document, root: Element): Element | null {
  const inside = root.querySelector('h1');
  if (inside !== null) return inside;
  let last: Element | null = null;
  for (const element of doc.querySelectorAll('h1')) {
    if (!precedes(element, root)) break;
    if (isShown(element)) last = element;
  }
  return last;
}

/** og:title, twitter:title, then <title> without its " | Site name" part. */
function declaredTitles(doc: Document): string[] {
  const titles: string[] = [];
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content) titles.push(collapseWhitespace(content));
  }
  const title = collapseWhitespace(doc.title ?? '');
  if (title !== '') {
    const parts = title.split(/\s[|\-–—:]\s/).sort((a, b) => b.length - a.length);
    titles.push(parts[0] ?? title);
  }
  return titles.filter((title) => title !== '');
}

/** How much of the longer string the shorter one is, when one contains the other (0..1). */
function overlap(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) ? short.length / long.length : 0;
}

function comparable(text: string): string {
  return collapseWhitespace(text).replace(/[\s\u0640«»"'“”.،:]/g, '');
}

/** The element's ancestors up to `levels` above it, with their distance from it. */
function ancestorsOf(element: Element, levels: number): Map<Element, number> {
  const ancestors = new Map<Element, number>();
  let node: Element | null = element;
  for (let i = 0; i <= levels && node !== null; i++, node = node.parentElement) ancestors.set(node, i);
  return ancestors;
}

/** 5 when inside the body, down to 0 as the closest common ancestor with the body gets further up. */
function closeness(element: Element, rootAncestors: Map<Element, number>): number {
  let node: Element | null = element;
  for (let i = 0; i < 6 && node !== null; i++, node = node.parentElement) {
    const distance = rootAncestors.get(node);
    if (distance !== undefined) return Math.max(0, 5 - distance);
  }
  return 0;
}

/** Not hidden by markup up the tree, nor by layout (a live page's duplicate mobile headline). */
function isShown(element: Element): boolean {
  if (isInvisible(element, true)) return false;
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    if (isNeverText(node)) return false;
  }
  return true;
}
