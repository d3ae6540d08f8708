/**
 * Walks a chosen body container and feeds what a reader sees of the article into a TextMapBuilder,
 * leaving out furniture that sits inside the container (related boxes, ads, share bars, captions,
 * comment policies) and anything hidden.
 */
import { ELEMENT_NODE, isBlock, isFurniture, isInvisible, TEXT_NODE } from './article-dom.ts';
import type { TextMapBuilder } from './textmap.ts';

export interface WalkOptions {
  /** Elements to leave out (the headline, already emitted). */
  exclude: ReadonlySet<Element>;
  /** Ask layout (checkVisibility) too: true in a live page, false over linkedom. */
  useLayout: boolean;
  /** Inline mode: blocks and <br> become spaces (a headline is one line). */
  inline?: boolean;
}

/** "Read also" / "see also" lead-ins of in-body link boxes. */
const READ_ALSO =
  /^\s*(اقرأ|إقرأ|اقرا|إقرا|أقرأ|طالع|شاهد|تابع)\s*(أيضا|أيضاً|أيضًا|ايضا|ايضاً|ايضًا|كذلك|المزيد)/;

/** Phrases of comment policies and legal notices; two of them in a short block mark boilerplate. */
const BOILERPLATE_PHRASES =
  /التعليقات|تعليقات|تعليقك|الآراء الواردة|لا تعبر عن رأي|لا تعبّر عن رأي|إرشادات الاستخدام|شروط الاستخدام|شروط استخدام|سياسة الخصوصية|جميع الحقوق محفوظة|حقوق النشر/g;

/** A byline or credit line: «حوار: …», «بقلم …», «إعداد: …». It names the writer, not a party to the story. */
const BYLINE = /^\s*(حوار|بقلم|كتب|كتبت|إعداد|اعداد|تحرير|متابعة|ترجمة|تصوير)\s*[:：]?\s*\S/;
const BYLINE_MAX_CHARS = 80;

const SHORT_BLOCK_CHARS = 600;
const LINK_DENSE = 0.5;

interface TextStats {
  chars: number;
  linkChars: number;
  /** Text in headings: a list's title ("related stories") should not save the list. */
  headingChars: number;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function walkVisibleText(builder: TextMapBuilder, root: Element, options: WalkOptions): void {
  const stats = options.inline ? null : measure(root, options);
  const inline = options.inline === true;
  const rootChars = stats?.get(root)?.chars ?? 0;
  // Explicit stack instead of recursion: malformed pages nest thousands deep.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === TEXT_NODE) {
      builder.appendText(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const block = isBlock(element);
    if (leaving) {
      if (block) boundary(builder, inline);
      continue;
    }
    if (element !== root && isLeftOut(element, options, stats, rootChars)) continue;
    if (element.tagName.toUpperCase() === 'BR') {
      if (inline) builder.breakWord();
      else builder.breakLine();
      continue;
    }
    if (block) {
      boundary(builder, inline);
      stack.push({ node: element, leaving: true });
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, leaving: false });
    }
  }
}

function boundary(builder: TextMapBuilder, inline: boolean): void {
  if (inline) builder.breakWord();
  else builder.breakBlock();
}

function isLeftOut(
  element: Element,
  options: WalkOptions,
  stats: Map<Element, TextStats> | null,
  rootChars: number,
): boolean {
  if (options.exclude.has(element)) return true;
  // measure() already tested every element under the root for visibility: those it kept are visible.
  if (stats ? !stats.has(element) : isInvisible(element, options.useLayout)) return true;
  const own = stats?.get(element);
  // A wrapper holding most of the body is the body, whatever its class says ("widget-content").
  const holdsTheBody = own !== undefined && own.chars >= rootChars * 0.5;
  if (!holdsTheBody && isFurniture(element)) return true;
  if (own === undefined || own.chars === 0 || !isBlock(element)) return false;
  const prose = own.chars - own.headingChars;
  if (own.linkChars > 0 && (prose <= 0 || own.linkChars / prose > LINK_DENSE)) return true;
  if (own.chars > SHORT_BLOCK_CHARS) return false;
  const text = element.textContent ?? '';
  if (own.chars <= BYLINE_MAX_CHARS && BYLINE.test(text)) return true;
  if (own.linkChars > 0 && READ_ALSO.test(text)) return true;
  return new Set(text.match(BOILERPLATE_PHRASES)).size >= 2;
}

/** Visible characters and linked characters per element, in one bottom-up pass. */
function measure(root: Element, options: WalkOptions): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const own: TextStats = { chars: 0, linkChars: 0, headingChars: 0 };
    stats.set(element, own);
    order.push(element);
    for (const child of element.childNodes) {
      if (child.nodeType === TEXT_NODE) own.chars += visibleChars((child as Text).data);
      else if (child.nodeType === ELEMENT_NODE && !isInvisible(child as Element, options.useLayout)) {
        stack.push(child as Element);
      }
    }
  }
  // Reverse pre-order visits every element after all of its descendants.
  for (let i = order.length - 1; i > 0; i--) {
    const element = order[i] as Element;
    const own = stats.get(element) as TextStats;
    const tag = element.tagName.toUpperCase();
    if (tag === 'A') own.linkChars = own.chars;
    else if (HEADINGS.has(tag)) own.headingChars = own.chars;
    const parent = element.parentElement;
    const total = parent === null ? undefined : stats.get(parent);
    if (total !== undefined) {
      total.chars += own.chars;
      total.linkChars += own.linkChars;
      total.headingChars += own.headingChars;
    }
  }
  return stats;
}

function visibleChars(data: string): number {
  // Counted by deletion: no array of matches per text node.
  return data.replace(/\s+/g, '').length;
}
