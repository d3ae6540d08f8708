/// <reference types="chrome" />
// Paints statements, speakers and parties with the CSS Custom Highlight API: the page's DOM is never
// touched; one adopted stylesheet carries the ::highlight rules.
import type { Analysis, PartyType } from '../engine/types.ts';
import type { HighlightName } from '../messages.ts';
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
// colour-blind readers; dark pages get lighter tints with the same roles.
const LIGHT = {
  quote: 'background-color: rgb(250 204 21 / 0.38);',
  speaker: 'background-color: rgb(56 189 248 / 0.35); text-decoration: underline 2px solid rgb(3 105 161);',
  per: 'text-decoration: underline 2px solid rgb(124 58 237);',
  org: 'text-decoration: underline 2px dashed rgb(15 118 110);',
  loc: 'text-decoration: underline 2px dotted rgb(180 83 9);',
  flash: 'background-color: rgb(249 115 22 / 0.75); color: rgb(0 0 0);',
};

const DARK = {
  quote: 'background-color: rgb(250 204 21 / 0.28);',
  speaker: 'background-color: rgb(56 189 248 / 0.35); text-decoration: underline 2px solid rgb(125 211 252);',
  per: 'text-decoration: underline 2px solid rgb(196 181 253);',
  org: 'text-decoration: underline 2px dashed rgb(94 234 212);',
  loc: 'text-decoration: underline 2px dotted rgb(253 186 116);',
  flash: 'background-color: rgb(251 146 60 / 0.85); color: rgb(0 0 0);',
};

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

/** Adopts (once) the stylesheet for the page's theme; re-adopts if the page replaced the list. */
export function adoptStyles(dark: boolean): void {
  const palette = dark ? DARK : LIGHT;
  const rules = HIGHLIGHT_NAMES.map((name) => `::highlight(${registryName(name)}) { ${palette[name]} }`).join(
    '\n',
  );
  if (!sheet) sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
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

/** Registers the sets (replacing ours, never others'). */
export function paint(sets: RangeSets): void {
  if (!canHighlight()) return;
  for (const name of HIGHLIGHT_NAMES) {
    if (name === 'flash') continue;
    const ranges = sets[name];
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
