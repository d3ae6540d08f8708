/// <reference types="chrome" />
// One page's life: find the article, have the worker analyse it, paint the result, keep it in step
// with the DOM, answer the popup.
import type { Analysis, Quote } from '../engine/types.ts';
import { uiDirection } from '../i18n.ts';
import {
  type HighlightName,
  isAnalyzeReply,
  MAX_TEXT,
  type PageState,
  type PartyView,
  type QuoteView,
} from '../messages.ts';
import { partiesByQuote, partySummaries, quoteIndexAt } from '../report/inside.ts';
import { DEFAULT_SETTINGS, onSettingsChanged, readSettings, runsOn, type Settings } from '../settings.ts';
import { type ArticleText, findArticle, isLikelyArabicArticle } from './article.ts';
import { HoverCard } from './card.ts';
import { cardStrings } from './card-strings.ts';
import { readPageMeta } from './metadata.ts';
import {
  adoptStyles,
  canHighlight,
  emptyRangeSets,
  flash,
  HIGHLIGHT_NAMES,
  isDarkBehind,
  paint,
  pruneDead,
  type RangeSets,
  rangesFor,
  unpaint,
} from './paint.ts';
import { watchMutations } from './watch.ts';

const QUOTE_VIEW_CHARS = 4000;
const MIN_SETTLE_MS = 1000;
const MAX_SETTLE_MS = 30_000;

export class PageSession {
  readonly #startedAt: number;
  #state: PageState = { status: 'loading' };
  /** The article the current analysis belongs to (offsets agree with its map). */
  #article: ArticleText | null = null;
  #analysis: Analysis | null = null;
  /** The latest extraction (its nodes the freshest), analysed or waiting for its analysis. */
  #latest: ArticleText | null = null;
  #cached = false;
  #sets: RangeSets = emptyRangeSets();
  /** Some highlights were dropped because their nodes left the page (moved, or replaced). */
  #pruned = false;
  #startupMs = 0;
  #registeredMs: number | undefined;
  #paintMs: number | undefined;
  #analyses = 0;
  #settleMs = MIN_SETTLE_MS;
  #stopWatching: (() => void) | undefined;
  #card: HoverCard | undefined;
  #pointer = { x: 0, y: 0 };
  #hoverFrame = 0;
  #generation = 0;
  /** The reader hid the highlights (the command, or the switch in the popup). */
  #hidden = false;
  #settings: Settings = DEFAULT_SETTINGS;
  #followingSettings = false;

  constructor(startedAt: number) {
    this.#startedAt = startedAt;
  }

  /** The first run. Off Arabic pages this is the pre-check and nothing else. */
  start(force = false): void {
    const began = performance.now();
    if (!force && !isLikelyArabicArticle(document)) {
      this.#startupMs = performance.now() - began;
      this.#state = { status: 'not-arabic', timing: this.#timing() };
      return;
    }
    this.#startupMs = performance.now() - began;
    // Settings only now, and asynchronously: pages that are not Arabic articles never wait for storage.
    void readSettings().then((settings) => this.#startWith(settings, force));
  }

  /** A site the reader switched off or excluded stays as untouched as a non-Arabic page, unless asked. */
  #startWith(settings: Settings, force: boolean): void {
    this.#settings = settings;
    if (!force && !runsOn(settings, location.href)) {
      this.#state = { status: 'not-arabic', timing: this.#timing() };
      return;
    }
    if (!this.#followingSettings) {
      this.#followingSettings = true;
      onSettingsChanged((changed, previous) => {
        this.#settings = changed;
        if (!changed.hoverCard) this.#card?.hide();
        // Which highlights, in which colours: the same ranges, painted again (no re-mapping).
        const looks = (settings: Settings) => JSON.stringify([settings.highlights, settings.colours]);
        if (looks(changed) !== looks(previous)) this.#restyle();
      });
    }
    const began = performance.now();
    const article = findArticle(document);
    this.#startupMs += performance.now() - began;
    this.#stopWatching ??= watchMutations(document.body ?? document.documentElement, {
      onFrame: (removed) => this.#onFrame(removed),
      onSettle: () => this.#onSettle(),
      maxWait: () => this.#settleMs,
    });
    this.#use(article);
  }

  state(): PageState {
    if (this.#state.status !== 'ready' || !this.#analysis || !this.#article) return this.#state;
    return {
      ...this.#state,
      ...this.#views(this.#analysis, this.#article),
      ...this.#highlightCounts(),
      shown: !this.#hidden,
      timing: this.#timing(),
    };
  }

  /** The engine's result the page shows now, for the JSON export. */
  analysis(): Analysis | null {
    return this.#state.status === 'ready' ? this.#analysis : null;
  }

  /** Shows or hides the highlights (no argument: toggles); true when they are shown after. */
  showHighlights(show = this.#hidden): boolean {
    this.#hidden = !show;
    if (this.#hidden) {
      unpaint();
      this.#card?.hide();
    } else this.#repaint();
    return !this.#hidden;
  }

  #timing() {
    return {
      startupMs: this.#startupMs,
      registeredMs: this.#registeredMs,
      paintMs: this.#paintMs,
      analyses: this.#analyses,
    };
  }

  /** Scrolls the page to a statement and flashes it; false when its text is gone. */
  reveal(index: number): boolean {
    const quote = this.#analysis?.quotes[index];
    const range = quote && this.#article?.map.rangeFor(quote.start, quote.end);
    if (!range) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(range);
    return true;
  }

  #use(article: ArticleText | null): void {
    this.#latest = article;
    this.#generation += 1;
    if (!article) {
      this.#clear();
      this.#state = { status: 'not-arabic', timing: this.#timing() };
      return;
    }
    if (this.#state.status !== 'ready') this.#state = { status: 'loading' };
    void this.#analyse(article, this.#generation);
  }

  async #analyse(article: ArticleText, generation: number): Promise<void> {
    const text = article.text.length > MAX_TEXT ? article.text.slice(0, MAX_TEXT) : article.text;
    const url = location.href;
    const meta = readPageMeta(document, url, article.headline);
    let reply: unknown;
    this.#analyses += 1;
    try {
      reply = await chrome.runtime.sendMessage({ type: 'analyze', url, text, meta });
    } catch (error) {
      reply = { ok: false, error: String(error) };
    }
    if (generation !== this.#generation) return;
    if (!isAnalyzeReply(reply, text.length)) {
      this.#state = { status: 'error', error: 'malformed reply' };
      return;
    }
    if (!reply.ok) {
      this.#state = { status: 'error', error: reply.error };
      return;
    }
    // The page may have re-rendered the same text while the worker worked: map onto the freshest nodes.
    this.#article = this.#latest ?? article;
    this.#analysis = reply.analysis;
    this.#cached = reply.cached;
    this.#repaint();
    if (this.#registeredMs === undefined) {
      this.#registeredMs = performance.now() - this.#startedAt;
      requestAnimationFrame(() => {
        this.#paintMs = performance.now() - this.#startedAt;
      });
    }
    this.#state = {
      status: 'ready',
      url,
      headline: article.headline,
      meta,
      quotes: [],
      parties: [],
      cached: this.#cached,
      highlighting: canHighlight(),
      shown: true,
      highlights: { quote: 0, speaker: 0, per: 0, org: 0, loc: 0, flash: 0 },
      outsideArticle: 0,
      timing: this.#timing(),
    };
    this.#listenForHover();
  }

  #repaint(): void {
    if (!this.#analysis || !this.#article) return;
    this.#sets = rangesFor(this.#analysis, this.#article.map);
    this.#pruned = false;
    this.#restyle();
  }

  #restyle(): void {
    if (!this.#article || !canHighlight() || this.#hidden) return;
    adoptStyles(isDarkBehind(this.#article.root), this.#settings.colours);
    paint(this.#sets, this.#settings.highlights);
  }

  #clear(): void {
    this.#article = null;
    this.#analysis = null;
    this.#sets = emptyRangeSets();
    unpaint();
    this.#card?.hide();
  }

  #onFrame(removed: boolean): void {
    if (removed && pruneDead(this.#sets)) {
      this.#pruned = true;
      if (this.#hidden) return;
      paint(this.#sets, this.#settings.highlights);
      this.#card?.hide();
    }
  }

  /** Re-reads the article; re-analyses only when its text changed. */
  #onSettle(): void {
    const began = performance.now();
    const article = findArticle(document);
    const cost = performance.now() - began;
    if (article && article.text === this.#latest?.text) {
      this.#settleMs = Math.max(MIN_SETTLE_MS, Math.min(MAX_SETTLE_MS, cost * 20));
      this.#latest = article;
      // Same text: re-map only if the page replaced nodes the highlights were on.
      if (article.text === this.#article?.text && (this.#pruned || !this.#article.map.intact())) {
        this.#article = article;
        this.#repaint();
      }
      return;
    }
    // A page whose article keeps changing is re-read less and less often.
    this.#settleMs = Math.min(MAX_SETTLE_MS, Math.max(this.#settleMs * 2, cost * 20));
    if (article || this.#latest !== null) this.#use(article);
  }

  #views(analysis: Analysis, article: ArticleText): { quotes: QuoteView[]; parties: PartyView[] } {
    const inside = partiesByQuote(analysis);
    const quotes: QuoteView[] = analysis.quotes.map((quote: Quote, index) => ({
      kind: quote.kind,
      text: article.text.slice(quote.start, Math.min(quote.end, quote.start + QUOTE_VIEW_CHARS)),
      cue: quote.cue.text,
      speaker: quote.speaker,
      resolution: quote.resolution,
      start: quote.start,
      end: quote.end,
      parties: inside[index] ?? [],
    }));
    return { quotes, parties: partySummaries(analysis) };
  }

  #highlightCounts(): { highlights: Record<HighlightName, number>; outsideArticle: number } {
    const highlights = { quote: 0, speaker: 0, per: 0, org: 0, loc: 0, flash: 0 };
    let outsideArticle = 0;
    const article = this.#article;
    if (!article) return { highlights, outsideArticle };
    const headline = article.headline ? article.map.rangeFor(0, article.headline.length) : null;
    const headlineParent = headline?.commonAncestorContainer.parentElement;
    const headlineBlock = headlineParent?.closest('h1,h2,h3,h4') ?? headlineParent;
    for (const name of HIGHLIGHT_NAMES) {
      if (name !== 'flash' && !this.#settings.highlights[name]) continue;
      highlights[name] = this.#sets[name].length;
      for (const range of this.#sets[name]) {
        const node = range.commonAncestorContainer;
        if (!article.root.contains(node) && !headlineBlock?.contains(node)) outsideArticle += 1;
      }
    }
    return { highlights, outsideArticle };
  }

  #listenForHover(): void {
    if (this.#card || !canHighlight()) return;
    this.#card = new HoverCard({ cue: cardStrings.cue, kind: cardStrings.kind, dir: uiDirection() });
    document.addEventListener(
      'pointermove',
      (event) => {
        this.#pointer = { x: event.clientX, y: event.clientY };
        this.#hoverFrame ||= requestAnimationFrame(() => this.#hitTest());
      },
      { passive: true, capture: true },
    );
    window.addEventListener('scroll', () => this.#card?.hide(), { passive: true, capture: true });
  }

  #hitTest(): void {
    this.#hoverFrame = 0;
    const quote =
      this.#hidden || !this.#settings.hoverCard ? undefined : this.#quoteAt(this.#pointer.x, this.#pointer.y);
    if (!quote) {
      this.#card?.hide();
      return;
    }
    const speaker = quote.speaker;
    this.#card?.show(
      {
        speaker: speaker?.name ?? cardStrings.unknownSpeaker,
        speakerType: speaker ? cardStrings.types[speaker.type] : '',
        cue: quote.cue.text,
        kind: cardStrings.kinds[quote.kind],
      },
      this.#pointer.x,
      this.#pointer.y,
    );
  }

  #quoteAt(x: number, y: number): Quote | undefined {
    const analysis = this.#analysis;
    const article = this.#article;
    if (!analysis || !article || analysis.quotes.length === 0) return undefined;
    const caret = caretAt(x, y);
    if (!caret || !isUnderPointer(caret.node, caret.offset, x, y)) return undefined;
    const offset = article.map.offsetOf(caret.node, caret.offset);
    if (offset === null) return undefined;
    return quoteContaining(analysis.quotes, offset);
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Caret APIs answer with the nearest text even in margins: keep only a hit on a glyph beside the caret. */
function isUnderPointer(node: Node, offset: number, x: number, y: number): boolean {
  if (node.nodeType !== Node.TEXT_NODE) return false;
  const length = (node as Text).length;
  const range = document.createRange();
  range.setStart(node, Math.max(0, offset - 1));
  range.setEnd(node, Math.min(length, offset + 1));
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 2 && x <= rect.right + 2 && y >= rect.top - 2 && y <= rect.bottom + 2) return true;
  }
  return false;
}

/** Quotes are in text order and do not overlap: binary search. */
export function quoteContaining(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes[quoteIndexAt(quotes, offset)];
}
