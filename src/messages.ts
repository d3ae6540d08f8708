// The extension's message protocol: every message is a typed member of a discriminated union and is
// validated on arrival (shape, sizes, sender) — a bad message gets an error reply, never a crash.
import type {
  Analysis,
  PartyType,
  QuoteKind,
  Speaker,
  SpeakerResolution,
  SpeakerType,
} from './engine/types.ts';
import type { ArticleRecord, StatementFlag } from './report/record.ts';

/** Longest article text accepted, in UTF-16 code units (≈ 5 MB). The page sends a prefix of longer text. */
export const MAX_TEXT = 5 * 1024 * 1024;
export const MAX_URL = 8 * 1024;
const MAX_QUOTES = 50_000;
const MAX_PARTIES = 50_000;

export interface ErrorReply {
  ok: false;
  error: string;
}

// page (content script) → background

/** The story as the page declares it (metadata, not the analysed text). */
export interface PageMeta {
  title: string;
  /** og:site_name, the JSON-LD publisher, or else the host name. */
  outlet: string;
  /** ISO date-time, when the page gives one. */
  published?: string;
  author?: string;
}

export const MAX_META_FIELD = 300;

export interface AnalyzeRequest {
  type: 'analyze';
  url: string;
  text: string;
  meta: PageMeta;
}

export type AnalyzeReply = { ok: true; analysis: Analysis; cached: boolean } | ErrorReply;

/** Sent at document_start on the news sites: load the engine while the page loads. */
export interface WakeRequest {
  type: 'wake';
}

export type BackgroundRequest = AnalyzeRequest | WakeRequest;

// extension page (popup) → page (content script)

export interface StateRequest {
  type: 'state';
}

export interface RevealRequest {
  type: 'reveal';
  /** Index in `PageReady.quotes`. */
  quote: number;
}

/** "Analyse this page": run even where the cheap Arabic pre-check said no. */
export interface AnalyseRequest {
  type: 'analyse';
}

export type PageRequest = StateRequest | RevealRequest | AnalyseRequest | HighlightsRequest | AnalysisRequest;

export type HighlightName = 'quote' | 'speaker' | 'per' | 'org' | 'loc' | 'flash';

/** A statement as the popup shows it. */
export interface QuoteView {
  kind: QuoteKind;
  text: string;
  cue: string;
  speaker: Speaker | null;
  resolution: SpeakerResolution;
  /** Offsets in the analysed text (with the text, the statement's identity for flags). */
  start: number;
  end: number;
  /** Indexes in `PageReady.parties` of the parties named inside the statement. */
  parties: number[];
}

export interface PartyView {
  name: string;
  type: PartyType;
  count: number;
}

export interface PageReady {
  status: 'ready';
  url: string;
  headline: string;
  meta: PageMeta;
  quotes: QuoteView[];
  parties: PartyView[];
  cached: boolean;
  /** False when the browser lacks the CSS Custom Highlight API: the list is shown, nothing painted. */
  highlighting: boolean;
  /** False while the reader has the highlights hidden (the command, or the switch in the popup). */
  shown: boolean;
  /** Ranges registered per highlight, and how many lie outside the article (should be 0). */
  highlights: Record<HighlightName, number>;
  outsideArticle: number;
  timing: PageTiming;
}

export interface PageTiming {
  /** Content script start (document_idle) to the first highlights registered, ms. */
  registeredMs?: number;
  /** … to the first frame after that (highlights on screen), ms; unset while the tab is hidden. */
  paintMs?: number;
  /** Synchronous work of the first run (pre-check, and extraction when Arabic), ms. */
  startupMs: number;
  /** Analyses requested from the worker so far (the first, and one per change of the article text). */
  analyses: number;
}

export type PageState =
  | { status: 'loading' }
  | { status: 'not-arabic'; timing: PageTiming }
  | { status: 'error'; error: string }
  | PageReady;

export type StateReply = { ok: true; state: PageState } | ErrorReply;
export type RevealReply = { ok: true; found: boolean } | ErrorReply;

/** What a message listener learns about the sender (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Parsed<T> = { ok: true; value: T } | ErrorReply;

function fail(error: string): ErrorReply {
  return { ok: false, error };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Only our own extension talks to us; page messages must come from a tab's content script. */
export function parseBackgroundRequest(
  message: unknown,
  sender: Sender,
  ownId: string,
): Parsed<BackgroundRequest> {
  if (sender.id !== ownId) return fail('foreign sender');
  if (!isRecord(message)) return fail('not an object');
  if (message.type !== 'analyze' && message.type !== 'wake') return fail('unknown message type');
  if (sender.tab?.id === undefined) return fail('page messages must come from a tab');
  if (message.type === 'wake') return { ok: true, value: { type: 'wake' } };
  const { url, text } = message;
  if (typeof url !== 'string' || url.length > MAX_URL || !isHttpUrl(url)) return fail('bad url');
  if (typeof text !== 'string') return fail('bad text');
  if (text.length > MAX_TEXT) return fail('text too large');
  const meta = parsePageMeta(message.meta);
  if (!meta) return fail('bad meta');
  return { ok: true, value: { type: 'analyze', url, text, meta } };
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_META_FIELD;
}

/** Only the known fields, each a short string; anything else is dropped. */
export function parsePageMeta(value: unknown): PageMeta | null {
  if (!isRecord(value)) return null;
  const { title, outlet, published, author } = value;
  if (!isShortText(title) || !isShortText(outlet)) return null;
  if (published !== undefined && !(isShortText(published) && !Number.isNaN(Date.parse(published))))
    return null;
  if (author !== undefined && !isShortText(author)) return null;
  return {
    title,
    outlet,
    ...(published === undefined ? {} : { published }),
    ...(author === undefined ? {} : { author }),
  };
}

/** The page obeys extension pages only (popup, or the popup opened as a tab). */
export function parsePageRequest(
  message: unknown,
  sender: Sender,
  ownId: string,
  ownOrigin: string,
): Parsed<PageRequest> {
  if (sender.id !== ownId) return fail('foreign sender');
  if (sender.url !== undefined && !sender.url.startsWith(ownOrigin)) return fail('not an extension page');
  if (!isRecord(message)) return fail('not an object');
  if (message.type === 'state') return { ok: true, value: { type: 'state' } };
  if (message.type === 'analyse') return { ok: true, value: { type: 'analyse' } };
  if (message.type === 'reveal') {
    if (!isIndex(message.quote) || message.quote > MAX_QUOTES) return fail('bad quote index');
    return { ok: true, value: { type: 'reveal', quote: message.quote } };
  }
  if (message.type === 'highlights' || message.type === 'analysis') return parsePanelPageRequest(message);
  return fail('unknown message type');
}

function isSpanIn(value: Record<string, unknown>, length: number): boolean {
  return isIndex(value.start) && isIndex(value.end) && value.start <= value.end && value.end <= length;
}

function isQuoteIn(quote: unknown, length: number): boolean {
  if (!isRecord(quote) || !isSpanIn(quote, length) || typeof quote.kind !== 'string') return false;
  const { cue, speakerMention, speaker } = quote;
  if (!isRecord(cue) || typeof cue.text !== 'string') return false;
  if (speakerMention !== undefined && !(isRecord(speakerMention) && isSpanIn(speakerMention, length)))
    return false;
  return speaker === null || (isRecord(speaker) && typeof speaker.name === 'string');
}

/** Checks an analysis before its offsets are used on the live DOM: every span inside the text. */
export function isAnalysisFor(value: unknown, textLength: number): value is Analysis {
  if (!isRecord(value) || typeof value.version !== 'string' || value.length !== textLength) return false;
  const { quotes, parties } = value;
  if (!Array.isArray(quotes) || !Array.isArray(parties)) return false;
  if (quotes.length > MAX_QUOTES || parties.length > MAX_PARTIES) return false;
  const quotesOk = quotes.every((quote: unknown) => isQuoteIn(quote, textLength));
  const partiesOk = parties.every(
    (party: unknown) =>
      isRecord(party) &&
      typeof party.name === 'string' &&
      typeof party.type === 'string' &&
      Array.isArray(party.mentions) &&
      party.mentions.every((mention: unknown) => isRecord(mention) && isSpanIn(mention, textLength)),
  );
  return quotesOk && partiesOk;
}

export function isAnalyzeReply(value: unknown, textLength: number): value is AnalyzeReply {
  if (!isRecord(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  return value.ok === true && typeof value.cached === 'boolean' && isAnalysisFor(value.analysis, textLength);
}

const PAGE_STATUSES = new Set(['loading', 'not-arabic', 'error', 'ready']);

/** The popup's check of a page's answer; the texts inside are rendered as text only, never as HTML. */
export function isStateReply(value: unknown): value is StateReply {
  if (!isRecord(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  const { state } = value;
  if (value.ok !== true || !isRecord(state) || !PAGE_STATUSES.has(String(state.status))) return false;
  if (state.status !== 'ready') return true;
  return (
    Array.isArray(state.quotes) &&
    state.quotes.every(
      (quote: unknown) =>
        isRecord(quote) && typeof quote.text === 'string' && isSpanIn(quote, Number.MAX_SAFE_INTEGER),
    ) &&
    Array.isArray(state.parties) &&
    state.parties.every((party: unknown) => isRecord(party) && typeof party.name === 'string')
  );
}

// Side panel, exports and flags: the page's switch and full analysis, the reader's flags in the worker.

/** Shows or hides the highlights on the page; no `show`: the opposite of now. */
export interface HighlightsRequest {
  type: 'highlights';
  show?: boolean;
}

export type HighlightsReply = { ok: true; shown: boolean } | ErrorReply;

/** The engine's whole result for the page (the JSON export); an error before the first analysis. */
export interface AnalysisRequest {
  type: 'analysis';
}

export type AnalysisReply = { ok: true; analysis: Analysis } | ErrorReply;

function parsePanelPageRequest(message: Record<string, unknown>): Parsed<PageRequest> {
  if (message.type === 'analysis') return { ok: true, value: { type: 'analysis' } };
  const { show } = message;
  if (show !== undefined && typeof show !== 'boolean') return fail('bad show');
  return { ok: true, value: show === undefined ? { type: 'highlights' } : { type: 'highlights', show } };
}

export function isHighlightsReply(value: unknown): value is HighlightsReply {
  if (!isRecord(value)) return false;
  return value.ok === true ? typeof value.shown === 'boolean' : typeof value.error === 'string';
}

/** Spans are checked against the length the analysis declares: the popup holds no article text. */
export function isAnalysisReply(value: unknown): value is AnalysisReply {
  if (!isRecord(value)) return false;
  if (value.ok !== true) return typeof value.error === 'string';
  const { analysis } = value;
  return isRecord(analysis) && isIndex(analysis.length) && isAnalysisFor(analysis, analysis.length);
}

/** A statement's identity across re-analyses: where it was and a hash of its folded text. */
export interface StatementKey {
  start: number;
  end: number;
  /** FNV-1a of the folded text, 8 hex digits. */
  hash: string;
}

export interface StoredFlag {
  key: StatementKey;
  flag: StatementFlag;
}

export const MAX_NOTE = 2000;
const MAX_FLAGS = MAX_QUOTES;

/** The flags kept for an article (by its normalised URL). */
export interface FlagsRequest {
  type: 'flags';
  url: string;
}

/** Sets (or, with null, removes) one statement's flag; `previous` is the key it was found under, if other. */
export interface FlagRequest {
  type: 'flag';
  url: string;
  key: StatementKey;
  flag: StatementFlag | null;
  previous?: StatementKey;
}

export type FlagStoreRequest = FlagsRequest | FlagRequest;
export type FlagsReply = { ok: true; flags: StoredFlag[] } | ErrorReply;

export function isFlagMessage(message: unknown): boolean {
  return isRecord(message) && (message.type === 'flags' || message.type === 'flag');
}

function parseStatementKey(value: unknown): StatementKey | null {
  if (!isRecord(value) || !isSpanIn(value, Number.MAX_SAFE_INTEGER)) return null;
  if (typeof value.hash !== 'string' || !/^[0-9a-f]{8}$/.test(value.hash)) return null;
  return { start: value.start as number, end: value.end as number, hash: value.hash };
}

function parseFlag(value: unknown): StatementFlag | null {
  if (!isRecord(value) || typeof value.doubtful !== 'boolean') return null;
  if (typeof value.note !== 'string' || value.note.length > MAX_NOTE) return null;
  return { doubtful: value.doubtful, note: value.note };
}

/** Flags are written by our own extension pages only (popup, panel), never by a content script. */
export function parseFlagRequest(
  message: unknown,
  sender: Sender,
  ownId: string,
  ownOrigin: string,
): Parsed<FlagStoreRequest> {
  if (sender.id !== ownId) return fail('foreign sender');
  if (sender.url === undefined || !sender.url.startsWith(ownOrigin)) return fail('not an extension page');
  if (!isRecord(message)) return fail('not an object');
  const { url } = message;
  if (typeof url !== 'string' || url.length > MAX_URL || !isHttpUrl(url)) return fail('bad url');
  if (message.type === 'flags') return { ok: true, value: { type: 'flags', url } };
  if (message.type !== 'flag') return fail('unknown message type');
  const key = parseStatementKey(message.key);
  if (!key) return fail('bad key');
  const flag = message.flag === null ? null : parseFlag(message.flag);
  if (message.flag !== null && !flag) return fail('bad flag');
  if (message.previous === undefined) return { ok: true, value: { type: 'flag', url, key, flag } };
  const previous = parseStatementKey(message.previous);
  if (!previous) return fail('bad previous key');
  return { ok: true, value: { type: 'flag', url, key, flag, previous } };
}

export function isFlagsReply(value: unknown): value is FlagsReply {
  if (!isRecord(value)) return false;
  if (value.ok !== true) return typeof value.error === 'string';
  const { flags } = value;
  return (
    Array.isArray(flags) &&
    flags.length <= MAX_FLAGS &&
    flags.every(
      (stored: unknown) =>
        isRecord(stored) && parseStatementKey(stored.key) !== null && parseFlag(stored.flag) !== null,
    )
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ── History: the history page (an extension page) → background ──────────────────────────────────────

const MAX_QUERY_FIELD = 200;
const MAX_HISTORY_PAGE = 1000;
const MAX_EXPORT_KEYS = 100_000;

export interface HistoryQuery {
  /** A name as typed: matches every speaker one of whose merged names contains it. */
  speaker?: string;
  /** A party's name: statements naming it, or said by it. */
  party?: string;
  /** Words in the statement. */
  text?: string;
  host?: string;
  /** Visits since, ms since the epoch. */
  since?: number;
}

export type HistoryScope =
  | { kind: 'article'; key: string }
  | { kind: 'site'; host: string }
  | { kind: 'all' };

export type HistoryRequest =
  | { type: 'history-search'; query: HistoryQuery; offset: number; limit: number }
  | { type: 'history-overview' }
  | { type: 'history-export'; query?: HistoryQuery; keys?: string[] }
  | { type: 'history-delete'; scope: HistoryScope };

/** One statement found in the history, with the article it links back to. */
export interface HistoryHit {
  key: string;
  url: string;
  title: string;
  outlet: string;
  published?: string;
  visited: number;
  /** The statement's index in its article. */
  index: number;
  /** The speaker as this article named them. */
  speaker: string | null;
  /** The speaker as merged across articles (the fullest name), for grouping. */
  speakerGroup: string | null;
  speakerType: SpeakerType | null;
  kind: QuoteKind;
  cue: string;
  text: string;
}

export interface SpeakerSummary {
  name: string;
  type: SpeakerType;
  statements: number;
  articles: number;
}

export interface HistoryOverview {
  articles: number;
  statements: number;
  /** UTF-8 size of the stored summaries as JSON. */
  bytes: number;
  speakers: SpeakerSummary[];
  sites: { host: string; articles: number }[];
}

export type HistorySearchReply =
  | { ok: true; hits: HistoryHit[]; total: number; articles: number }
  | ErrorReply;
export type HistoryOverviewReply = ({ ok: true } & HistoryOverview) | ErrorReply;
export type HistoryExportReply = { ok: true; articles: ArticleRecord[] } | ErrorReply;
export type HistoryDeleteReply = { ok: true; removed: number } | ErrorReply;

export function isHistoryRequestType(message: unknown): boolean {
  return isRecord(message) && typeof message.type === 'string' && message.type.startsWith('history-');
}

function optionalShortText(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= MAX_QUERY_FIELD);
}

function parseHistoryQuery(value: unknown): HistoryQuery | null {
  if (!isRecord(value)) return null;
  const { speaker, party, text, host, since } = value;
  if (![speaker, party, text, host].every(optionalShortText)) return null;
  if (since !== undefined && !(typeof since === 'number' && Number.isFinite(since) && since >= 0))
    return null;
  const query: HistoryQuery = {};
  for (const [name, field] of [
    ['speaker', speaker],
    ['party', party],
    ['text', text],
    ['host', host],
  ] as const) {
    const trimmed = (field as string | undefined)?.trim();
    if (trimmed) query[name] = trimmed;
  }
  if (since !== undefined) query.since = since as number;
  return query;
}

function parseHistoryScope(value: unknown): HistoryScope | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'all') return { kind: 'all' };
  if (value.kind === 'article' && typeof value.key === 'string' && value.key.length <= MAX_URL)
    return { kind: 'article', key: value.key };
  if (value.kind === 'site' && typeof value.host === 'string' && value.host.length <= 253)
    return { kind: 'site', host: value.host };
  return null;
}

/** History requests come from our own extension pages only, never from a content script in a web page. */
export function parseHistoryRequest(
  message: unknown,
  sender: Sender,
  ownId: string,
  ownOrigin: string,
): Parsed<HistoryRequest> {
  if (sender.id !== ownId) return fail('foreign sender');
  if (sender.url === undefined || !sender.url.startsWith(ownOrigin)) return fail('not an extension page');
  if (!isRecord(message)) return fail('not an object');
  switch (message.type) {
    case 'history-overview':
      return { ok: true, value: { type: 'history-overview' } };
    case 'history-search': {
      const query = parseHistoryQuery(message.query);
      const { offset, limit } = message;
      if (!query) return fail('bad query');
      if (!isIndex(offset) || !isIndex(limit) || limit > MAX_HISTORY_PAGE) return fail('bad page');
      return { ok: true, value: { type: 'history-search', query, offset, limit } };
    }
    case 'history-export': {
      const query = message.query === undefined ? undefined : parseHistoryQuery(message.query);
      if (query === null) return fail('bad query');
      const { keys } = message;
      if (
        keys !== undefined &&
        !(
          Array.isArray(keys) &&
          keys.length <= MAX_EXPORT_KEYS &&
          keys.every((key) => typeof key === 'string' && key.length <= MAX_URL)
        )
      )
        return fail('bad keys');
      return {
        ok: true,
        value: {
          type: 'history-export',
          ...(query ? { query } : {}),
          ...(keys ? { keys: keys as string[] } : {}),
        },
      };
    }
    case 'history-delete': {
      const scope = parseHistoryScope(message.scope);
      if (!scope) return fail('bad scope');
      return { ok: true, value: { type: 'history-delete', scope } };
    }
    default:
      return fail('unknown message type');
  }
}

function isReplyWith(value: unknown, check: (reply: Record<string, unknown>) => boolean): boolean {
  if (!isRecord(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  return value.ok === true && check(value);
}

function isHit(value: unknown): value is HistoryHit {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.url === 'string' &&
    isHttpUrl(value.url) &&
    typeof value.title === 'string' &&
    typeof value.text === 'string' &&
    isIndex(value.index)
  );
}

/** The history page's checks of the worker's answers; their texts are rendered as text only. */
export function isHistorySearchReply(value: unknown): value is HistorySearchReply {
  return isReplyWith(
    value,
    (reply) => Array.isArray(reply.hits) && reply.hits.every(isHit) && isIndex(reply.total),
  );
}

export function isHistoryOverviewReply(value: unknown): value is HistoryOverviewReply {
  return isReplyWith(
    value,
    (reply) =>
      isIndex(reply.articles) &&
      Array.isArray(reply.speakers) &&
      reply.speakers.every((speaker: unknown) => isRecord(speaker) && typeof speaker.name === 'string') &&
      Array.isArray(reply.sites),
  );
}

export function isHistoryExportReply(value: unknown): value is HistoryExportReply {
  return isReplyWith(
    value,
    (reply) =>
      Array.isArray(reply.articles) &&
      reply.articles.every(
        (article: unknown) =>
          isRecord(article) && typeof article.url === 'string' && Array.isArray(article.statements),
      ),
  );
}

export function isHistoryDeleteReply(value: unknown): value is HistoryDeleteReply {
  return isReplyWith(value, (reply) => isIndex(reply.removed));
}
