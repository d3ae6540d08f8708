/// <reference types="chrome" />
// Paints statements, speakers and parties with the CSS Custom Highlight API: the page's DOM is never
// touched; one adopted stylesheet carries the ::highlight rules.
import type { Analysis, PartyType } from '../engine/types.ts';
import type { HighlightName } from '../messages.ts';
import type { Settings } from '../settings.ts';
import type { TextMap } from './textmap.ts';

export const HIGHLIGHT_NAMES: readonly HighlightName[] = ['quote', 'speaker', 'per', 'org', 'loc', 'flash'];

const PRIORITY: Record<HighlightName, number> = { quote: 0, per: 1, org: 1, loc: 1, speaker: 2, flash: 3 };

const PARTY_HIGHLIGHT: Record<PartyType, HighlightName> = { PER: 'per', ORG: 'org', LOC: 'loc' };

export function registryName(name: HighlightName): string {
  return `isnad-${name}`;
}

export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

// Colours differ in hue and in decoration style (solid, dashed, dotted), so they stay apart for
// colour-blind readers; dark pages get their own colours with the same roles. The reader picks them.
const LINE_STYLE: Record<'per' | 'org' | 'loc', string> = { per: 'solid', org: 'dashed', loc: 'dotted' };

const FLASH = {
  light: 'background-color: rgb(249 115 22 / 0.75); color: rgb(0 0 0);',
  dark: 'background-color: rgb(251 146 60 / 0.85); color: rgb(0 0 0);',
};

/** The ::highlight declarations for one highlight in the reader's colours. */
export function highlightStyle(name: HighlightName, colours: Settings['colours'], dark: boolean): string {
  const theme = dark ? 'dark' : 'light';
  if (name === 'flash') return FLASH[theme];
  const colour = colours[name][theme];
  if (name === 'quote') return `background-color: ${colour};`;
  if (name === 'speaker')
    return `background-color: ${colour}; text-decoration: underline 2px solid currentColor;`;
  return `text-decoration: underline 2px ${LINE_STYLE[name]} ${colour};`;
}

function luminance(color: string): number | null {
  const match = color.match(/rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => Number(part) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when the first opaque background behind the article is dark. */
export function isDarkBehind(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = luminance(getComputedStyle(node).backgroundColor);
    if (value !== null) return value < 0.4;
  }
  return false;
}

let sheet: CSSStyleSheet | undefined;
let adoptedRules = '';

/** Adopts (once) the stylesheet for the page's theme; re-adopts if the page replaced the list. */
export function adoptStyles(dark: boolean, colours: Settings['colours']): void {
  const rules = HIGHLIGHT_NAMES.map(
    (name) => `::highlight(${registryName(name)}) { ${highlightStyle(name, colours, dark)} }`,
  ).join('\n');
  if (!sheet) sheet = new CSSStyleSheet();
  // Re-setting the same rules would still make the page recompute its styles.
  if (rules !== adoptedRules) sheet.replaceSync(rules);
  adoptedRules = rules;
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

export type RangeSets = Record<HighlightName, Range[]>;

export function emptyRangeSets(): RangeSets {
  return { quote: [], speaker: [], per: [], org: [], loc: [], flash: [] };
}

/** Every span of the analysis as a live Range over the page's own text nodes. */
export function rangesFor(analysis: Analysis, map: TextMap): RangeSets {
  const sets = emptyRangeSets();
  const add = (name: HighlightName, start: number, end: number) => {
    if (end <= start) return;
    const range = map.rangeFor(start, end);
    if (range && !range.collapsed) sets[name].push(range);
  };
  for (const quote of analysis.quotes) {
    add('quote', quote.start, quote.end);
    if (quote.speakerMention) add('speaker', quote.speakerMention.start, quote.speakerMention.end);
  }
  for (const party of analysis.parties) {
    for (const mention of party.mentions) add(PARTY_HIGHLIGHT[party.type], mention.start, mention.end);
  }
  return sets;
}

/** Registers the sets the reader wants shown (replacing ours, never others'). */
export function paint(sets: RangeSets, shown: Settings['highlights']): void {
  if (!canHighlight()) return;
  for (const name of HIGHLIGHT_NAMES) {
    if (name === 'flash') continue;
    const ranges = shown[name] ? sets[name] : [];
    const key = registryName(name);
    if (ranges.length === 0) {
      CSS.highlights.delete(key);
      continue;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITY[name];
    CSS.highlights.set(key, highlight);
  }
}

/** A range whose text left the page collapses or points at detached nodes: it paints nothing, drop it. */
export function isLive(range: Range): boolean {
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

/** Drops dead ranges from the sets; true when any was dropped. */
export function pruneDead(sets: RangeSets): boolean {
  let dropped = false;
  for (const name of HIGHLIGHT_NAMES) {
    const live = sets[name].filter(isLive);
    if (live.length !== sets[name].length) {
      sets[name] = live;
      dropped = true;
    }
  }
  return dropped;
}

export function unpaint(): void {
  if (!canHighlight()) return;
  for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(registryName(name));
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Marks a range for a moment: on, off, on, off. */
export function flash(range: Range): void {
  if (!canHighlight()) return;
  const key = registryName('flash');
  const highlight = new Highlight(range);
  highlight.priority = PRIORITY.flash;
  clearTimeout(flashTimer);
  const steps = [true, false, true, false];
  const step = (index: number) => {
    const on = steps[index];
    if (on === undefined) return;
    if (on) CSS.highlights.set(key, highlight);
    else CSS.highlights.delete(key);
    flashTimer = setTimeout(() => step(index + 1), on ? 700 : 250);
  };
  step(0);
}
