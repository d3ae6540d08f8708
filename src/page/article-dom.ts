/**
 * What the article finder knows about single elements: which never hold reader-visible text,
 * which are page furniture, which are blocks, and how Arabic a string is.
 * Standard DOM only (no layout needed), so it works over linkedom too.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content a reader never sees as article text. */
const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'DIALOG',
]);

/** Structural furniture that can sit inside a body container but is not the article. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'FIGCAPTION', 'MENU', 'LABEL']);

const FURNITURE_ROLES =
  /^(navigation|complementary|banner|contentinfo|search|dialog|alertdialog|form|menu)$/i;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Class/id words of page furniture. Matched as whole words of the lower-cased class and id (words are
 * split at anything but a-z0-9), so "header" is not "ad" and "commentary" is not "comment".
 */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'adsbygoogle',
  'adslot',
  'adunit',
  'banner',
  'sponsor',
  'sponsored',
  'promo',
  'promotion',
  'related',
  'relatedposts',
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'newsletter',
  'subscribe',
  'subscription',
  'tags',
  'tagcloud',
  'hashtags',
  'keywords',
  'breadcrumb',
  'breadcrumbs',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'widget',
  'mostread',
  'mostviewed',
  'popular',
  'trending',
  'ticker',
  'outbrain',
  'taboola',
  'readmore',
  'alsoread',
  'recommended',
  'recommendations',
  'footer',
  'authorbox',
  'meta',
  'metadata',
  'caption',
  'toolbar',
  'rating',
  'poll',
  'print',
]);

/** Two-word furniture names ("most-read", "read_more", "also-read", "more-news"). */
const FURNITURE_PAIRS =
  /(^|[^a-z])(most[-_]?(read|viewed|popular)|read[-_]?(more|also)|also[-_]?read|more[-_]?(news|stories)|inline[-_]?related|related[-_]?\w+|share[-_]?\w+|social[-_]?\w+|ad[-_]?(box|container|slot|unit|wrap\w*))([^a-z]|$)/;

/** Class/id words that vote for a body container (candidate scoring only). */
const POSITIVE_HINT =
  /article|body|content|entry|story|text|post|detail|news-?item|blog|main|matn|(^|[^a-z])(nas|khabar)([^a-z]|$)/;
/** Class/id words that vote against (candidate scoring only; softer than furniture). */
const NEGATIVE_HINT =
  /comment|sidebar|side-?bar|related|share|social|footer|promo|newsletter|breadcrumb|most-?read|ticker|widget|banner|sponsor|advert|(^|[^a-z])(ad|ads|nav|menu|tags?|aside|popular|trending|hidden)([^a-z]|$)/;

/** The names an element's markup gives it: class, id, and component names some CMSs use instead. */
function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const component = el.getAttribute('data-component') ?? '';
  return cls || id || component ? `${cls} ${id} ${component}`.toLowerCase() : '';
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Hidden without layout: hidden attribute, inline display:none / visibility:hidden. */
function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

type VisibilityCheck = (options?: { visibilityProperty?: boolean }) => boolean;

/** In a live page, layout knows better (CSS classes hide things too); linkedom has no layout. */
function isHiddenByLayout(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check !== 'function') return false;
  if (check.call(el, { visibilityProperty: true })) return false;
  // display:contents has no box, so checkVisibility says false although its children show.
  const view = el.ownerDocument.defaultView;
  return view === null || view.getComputedStyle(el).display !== 'contents';
}

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** An element whose text no reader sees as text (scripts, controls, hidden or editable content). */
export function isNeverText(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // ISNAD-*: our own hover card and marks, should they ever sit inside the article.
  return NEVER_TEXT.has(tag) || tag.startsWith('ISNAD-') || isHiddenByMarkup(el) || isEditable(el);
}

/**
 * isNeverText, plus aria-hidden and what layout hides; for the chosen container's own descendants.
 * aria-hidden is left out of isNeverText because modal scripts put it on the whole page wrapper while
 * a cookie or newsletter dialog is open, and the reader still sees the article behind it.
 */
export function isInvisible(el: Element, useLayout: boolean): boolean {
  return isNeverText(el) || el.getAttribute('aria-hidden') === 'true' || (useLayout && isHiddenByLayout(el));
}

/** Navigation, share bars, related lists, ads, tags, captions, comment areas… by tag, role or name. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.test(role)) return true;
  const names = classAndId(el);
  if (names === '') return false;
  if (FURNITURE_PAIRS.test(names)) return true;
  for (const word of names.split(/[^a-z0-9]+/)) if (FURNITURE_WORDS.has(word)) return true;
  return false;
}

/** +1 for a class/id that names a body container, -1 for furniture, 0 otherwise. */
export function nameHint(el: Element): number {
  const names = classAndId(el);
  if (names === '') return 0;
  if (NEGATIVE_HINT.test(names)) return -1;
  return POSITIVE_HINT.test(names) ? 1 : 0;
}

/** Letters of the Arabic script (not digits, punctuation, diacritics or tatweel). */
export function isArabicLetter(code: number): boolean {
  if (code < 0x0621) return false;
  if (code <= 0x06ff) {
    return (
      (code <= 0x063a && code >= 0x0621) ||
      (code >= 0x0641 && code <= 0x064a) ||
      code === 0x066e ||
      code === 0x066f ||
      (code >= 0x0671 && code <= 0x06d3) ||
      code === 0x06d5 ||
      code === 0x06ee ||
      code === 0x06ef ||
      (code >= 0x06fa && code <= 0x06fc) ||
      code === 0x06ff
    );
  }
  return (
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

// The same letters as isArabicLetter, as runs of everything else, for counting by deletion.
const NOT_ARABIC_LETTERS =
  /[^\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]+/g;
const NOT_LATIN_LETTERS = /[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;

// Counted by deleting the rest with a regular expression: no match arrays (they dominated GC on big
// pages), and native code from the first call, where a loop would run interpreted in the page's
// fresh content-script world (up to 5 ms on the pre-check's sample).
export function countArabicLetters(text: string): number {
  return text.replace(NOT_ARABIC_LETTERS, '').length;
}

export function countLatinLetters(text: string): number {
  return text.replace(NOT_LATIN_LETTERS, '').length;
}

export interface TextFigures {
  /** Length with whitespace runs collapsed and the ends trimmed. */
  length: number;
  arabic: number;
  /** Commas and semicolons, Arabic or Latin: a sign of prose. */
  commas: number;
}

/** What paragraph scoring needs of a text, in one pass without building strings. */
export function textFigures(text: string): TextFigures {
  let length = 0;
  let arabic = 0;
  let commas = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
    if (isArabicLetter(code)) arabic++;
    else if (code === 0x060c || code === 44 || code === 0x061b) commas++;
  }
  return { length, arabic, commas };
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `a` comes before `b` in document order (an ancestor comes before its descendants).
 * Hand-written because linkedom's compareDocumentPosition is wrong across nested subtrees.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const chainA = ancestry(a);
  const chainB = ancestry(b);
  let i = 0;
  while (i < chainA.length && i < chainB.length && chainA[i] === chainB[i]) i++;
  const branchA = chainA[i];
  const branchB = chainB[i];
  if (branchA === undefined) return true; // a is an ancestor of b
  if (branchB === undefined) return false;
  for (let node = branchA.nextSibling; node !== null; node = node.nextSibling)
    if (node === branchB) return true;
  return false;
}

/** The node's ancestors from the root down to the node itself. */
function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | null = node; current !== null; current = current.parentNode) chain.push(current);
  return chain.reverse();
}
