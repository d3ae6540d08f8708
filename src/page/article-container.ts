/**
 * Picks the element that holds the article body, scoring the live DOM (Readability-style: paragraph
 * text votes for its ancestors) and trusting explicit markup (itemprop=articleBody, body class names)
 * when it agrees with the text.
 */
import {
  ELEMENT_NODE,
  isBlock,
  isFurniture,
  isNeverText,
  nameHint,
  TEXT_NODE,
  textFigures,
} from './article-dom.ts';

/** Text-bearing units whose text votes: paragraphs, and containers holding bare text (br-separated). */
const PARAGRAPH_SELECTOR = 'p, pre';
// Cells and quotes count by their own text only: a layout <td> can hold the whole page.
const BARE_TEXT_SELECTOR = 'div, section, article, main, font, center, td, blockquote';

/** Readability's decay: a paragraph counts fully for its parent, half for the grandparent, … */
const ANCESTOR_DIVIDERS = [1, 2, 6, 9, 12];
/** Bound on ancestor climbs, so pathological nesting (malformed pages) stays linear. */
const MAX_CLIMB = 40;
const MIN_UNIT_CHARS = 25;

const BODY_NAME =
  /(^|[^a-z])(article|story|entry|post|news|details?|field-name)[-_]?(body|content|text|details?)([^a-z]|$)|(^|[^a-z])(articlebody|article_body|storybody)([^a-z]|$)/;

interface Scored {
  element: Element;
  score: number;
}

/** The body container of the page, or of the part of it inside `scope` (one story of several). */
export function findBodyContainer(doc: Document, scope?: Element): Element | null {
  // Not doc.body: linkedom can leave an empty <body> and put the page after it, under <html>.
  const body = scope ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const arabicWithin = new Map<Element, number>();
  const furniture = new FurnitureCache();

  for (const unit of paragraphUnits(body)) {
    const { length, arabic, commas } = textFigures(unit.text);
    if (length < MIN_UNIT_CHARS) continue;
    const ancestors = visibleAncestors(unit.element, body, unit.isContainer);
    if (ancestors === null) continue;
    let score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    if (arabic < length * 0.3) score *= 0.1;
    // Comments, sidebars and related lists can hold more prose than the article: they vote softly.
    if (ancestors.some((ancestor) => furniture.is(ancestor))) score *= 0.2;
    for (const ancestor of ancestors) arabicWithin.set(ancestor, (arabicWithin.get(ancestor) ?? 0) + arabic);
    ANCESTOR_DIVIDERS.forEach((divider, level) => {
      const ancestor = ancestors[level];
      if (ancestor === undefined) return;
      const current = scores.get(ancestor) ?? initialScore(ancestor);
      scores.set(ancestor, current + score / divider);
    });
  }

  const top = bestByScore(scores, arabicWithin, body);
  if (top === null) return null;
  const topArabic = arabicWithin.get(top) ?? 0;
  const marked = markedContainer(body, arabicWithin, topArabic);
  // A mark on a wrapper with much more text than the winner wraps furniture too (lists, teasers).
  if (marked === null || (marked.contains(top) && (arabicWithin.get(marked) ?? 0) > topArabic * 1.5))
    return top;
  return marked;
}

/** isFurniture per element, computed once: paragraphs share most of their ancestors. */
class FurnitureCache {
  private readonly known = new Map<Element, boolean>();

  is(element: Element): boolean {
    let result = this.known.get(element);
    if (result === undefined) {
      result = isFurniture(element);
      this.known.set(element, result);
    }
    return result;
  }
}

interface Unit {
  element: Element;
  text: string;
  /** Bare text between <br>s makes its own element the paragraph's container. */
  isContainer: boolean;
}

function* paragraphUnits(body: Element): Generator<Unit> {
  for (const element of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    yield { element, text: element.textContent ?? '', isContainer: false };
  }
  for (const element of body.querySelectorAll(BARE_TEXT_SELECTOR)) {
    const text = bareText(element);
    if (text !== '') yield { element, text, isContainer: true };
  }
}

/** Text of the element outside its block children: paragraphs written as text between <br>s. */
function bareText(element: Element): string {
  let text = '';
  let sawText = false;
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      if (!sawText && data.trim() !== '') sawText = true;
      text += data;
    } else if (child.nodeType === ELEMENT_NODE && !isBlock(child as Element)) {
      if (!isNeverText(child as Element)) text += ` ${child.textContent ?? ''} `;
    }
  }
  // Inline-only wrappers (a div around one <span>) are scored through their paragraphs instead.
  return sawText ? text : '';
}

/** Ancestors from the parent (or the element itself) up (bounded), or null when the unit sits in something never shown. */
function visibleAncestors(element: Element, body: Element, includeSelf: boolean): Element[] | null {
  if (isNeverText(element)) return null;
  const ancestors: Element[] = [];
  for (
    let node = includeSelf ? element : element.parentElement;
    node !== null && ancestors.length < MAX_CLIMB;
    node = node.parentElement
  ) {
    if (isNeverText(node)) return null;
    ancestors.push(node);
    if (node === body) break;
  }
  return ancestors;
}

const TAG_BASE: Record<string, number> = {
  ARTICLE: 8,
  DIV: 5,
  MAIN: 3,
  SECTION: 2,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  TH: -5,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  BODY: -10,
  HTML: -10,
};

function initialScore(element: Element): number {
  return (TAG_BASE[element.tagName.toUpperCase()] ?? 0) + 25 * nameHint(element);
}

/** Top element by score after the link-density penalty, climbing to a parent that scores higher. */
function bestByScore(
  scores: Map<Element, number>,
  arabicWithin: Map<Element, number>,
  scope: Element,
): Element | null {
  const ranked: Scored[] = [...scores].map(([element, score]) => ({ element, score }));
  ranked.sort((a, b) => b.score - a.score);
  let best: Scored | null = null;
  // Link density is a full walk of the element: only worth it for the few front runners.
  for (const candidate of ranked.slice(0, 6)) {
    const score = candidate.score * (1 - linkDensity(candidate.element));
    if (best === null || score > best.score) best = { element: candidate.element, score };
  }
  if (best === null) return null;

  // A body split over several children leaves its real container scoring higher than any one part;
  // a parent that only adds a class-name bonus, not text, is no better.
  let top = best.element;
  const topArabic = arabicWithin.get(top) ?? 0;
  let lastScore = best.score;
  const threshold = lastScore / 3;
  const topHeadlines = top.querySelectorAll('h1').length;
  for (
    let parent = top.parentElement;
    parent !== null && parent.tagName.toUpperCase() !== 'BODY' && scope.contains(parent);
    parent = parent.parentElement
  ) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    // A story with its headline does not grow into the feed of stories around it.
    if (topHeadlines > 0 && parent.querySelectorAll('h1').length > topHeadlines) break;
    if (parentScore < threshold) break;
    if (parentScore > lastScore && (arabicWithin.get(parent) ?? 0) > topArabic * 1.25) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  return withRepeatedSiblings(top, arabicWithin, scope);
}

/**
 * Paragraphs wrapped one by one (div.text-block × N) or a body cut in two by an ad (div.txt, ad,
 * div.txt): the winner is one of several same-named siblings holding text, so their parent is the body.
 */
function withRepeatedSiblings(top: Element, arabicWithin: Map<Element, number>, scope: Element): Element {
  let current = top;
  for (let level = 0; level < 3; level++) {
    const parent = current.parentElement;
    if (parent === null || parent.tagName.toUpperCase() === 'BODY' || !scope.contains(parent)) break;
    const shape = `${current.tagName}.${current.getAttribute('class') ?? ''}`;
    let siblingArabic = 0;
    for (const sibling of parent.children) {
      if (sibling === current || `${sibling.tagName}.${sibling.getAttribute('class') ?? ''}` !== shape)
        continue;
      // A sibling with its own headline is the next story (infinite scroll), not more of this one.
      if (sibling.querySelector('h1') !== null) return current;
      siblingArabic += arabicWithin.get(sibling) ?? 0;
    }
    if (siblingArabic < (arabicWithin.get(current) ?? 0) * 0.25 || siblingArabic === 0) break;
    current = parent;
  }
  return current;
}

function linkDensity(element: Element): number {
  const total = textFigures(element.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textFigures(link.textContent ?? '').length;
  return Math.min(1, linked / total);
}

/**
 * The element the page itself marks as the body (itemprop/property articleBody first, then body class
 * names), if it holds at least half the Arabic text of the scored winner; among nested marks, the
 * innermost that keeps most of the text.
 */
function markedContainer(
  scope: Element,
  arabicWithin: Map<Element, number>,
  topArabic: number,
): Element | null {
  const minimum = Math.max(150, topArabic * 0.5);
  const explicit: Element[] = [];
  for (const element of scope.querySelectorAll('[itemprop], [property]')) {
    const value = `${element.getAttribute('itemprop') ?? ''} ${element.getAttribute('property') ?? ''}`;
    if (/articlebody/i.test(value)) explicit.push(element);
  }
  const byName: Element[] = [];
  for (const element of scope.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (BODY_NAME.test(names)) byName.push(element);
  }
  for (const tier of [explicit, byName]) {
    const valid = tier.filter((element) => (arabicWithin.get(element) ?? 0) >= minimum);
    if (valid.length === 0) continue;
    const most = Math.max(...valid.map((element) => arabicWithin.get(element) ?? 0));
    const keeping = valid.filter((element) => (arabicWithin.get(element) ?? 0) >= most * 0.8);
    // Innermost: one that contains no other keeper.
    const innermost = keeping.find(
      (element) => !keeping.some((other) => other !== element && element.contains(other)),
    );
    if (innermost) return innermost;
  }
  return null;
}
