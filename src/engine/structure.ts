// The text's shape: which quotation marks pair up, and where sentences end. Marks that do not pair
// are dropped at the end of their paragraph, so one stray mark never swallows the rest of the article.
import type { Token } from './tokenise.ts';

export interface QuotePair {
  /** Token indices of the opening and closing marks. */
  open: number;
  close: number;
  /** Pairs nested inside this one. */
  inner: QuotePair[];
}

export interface Sentence {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** The sentence starts a line (a paragraph, or the headline). */
  lineStart: boolean;
}

export interface Structure {
  quotes: QuotePair[];
  /** For each token, the outermost quote pair it lies inside (marks included), or -1. */
  inQuote: Int32Array;
  sentences: Sentence[];
  /** For each token, its sentence's index. */
  sentenceOf: Int32Array;
}

/** What closes a mark that opens a quotation. */
const CLOSERS: Record<string, string[]> = {
  '«': ['»'],
  '“': ['”'],
  '”': ['“'], // reversed style: ”…“
  '„': ['“', '”'],
  '‹': ['›'],
  '‘': ['’'],
  '"': ['"'],
  "'": ["'"],
};

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

/** Quotes longer than this many tokens are not quotes but a mark left open. */
const MAX_QUOTE_TOKENS = 600;

function isSpaceBefore(text: string, t: Token): boolean {
  return t.start === 0 || /[\s([{]/.test(text[t.start - 1] as string);
}

function isSpaceAfter(text: string, t: Token): boolean {
  return t.end >= text.length || /[\s.,،؛:!?؟)\]}]/.test(text[t.end] as string);
}

export function structure(text: string, tokens: Token[]): Structure {
  const pairs: QuotePair[] = [];
  const stack: { mark: string; at: number; inner: QuotePair[] }[] = [];
  for (const t of tokens) {
    if (t.kind === 'break') {
      stack.length = 0;
      continue;
    }
    if (t.kind !== 'quote') continue;
    const mark = text[t.start] as string;
    const opensHere = isSpaceBefore(text, t) || !isSpaceAfter(text, t);
    const closesHere = isSpaceAfter(text, t) || !isSpaceBefore(text, t);
    // Close the innermost open quote this mark can close, if the mark's position allows closing.
    let closed = false;
    for (let k = stack.length - 1; k >= 0 && closesHere; k--) {
      const top = stack[k] as { mark: string; at: number; inner: QuotePair[] };
      if (!(CLOSERS[top.mark] ?? []).includes(mark)) continue;
      if (t.i - top.at > MAX_QUOTE_TOKENS) break;
      // A symmetric mark right after its opener with no word between is an empty quote: still close.
      stack.length = k;
      const pair: QuotePair = { open: top.at, close: t.i, inner: top.inner };
      const parent = stack[stack.length - 1];
      if (parent) parent.inner.push(pair);
      else pairs.push(pair);
      closed = true;
      break;
    }
    if (closed) continue;
    if (mark === "'" || mark === '’' || mark === '»' || mark === '›') continue; // apostrophes and stray closers
    if (opensHere && CLOSERS[mark]) stack.push({ mark, at: t.i, inner: [] });
  }

  const inQuote = new Int32Array(tokens.length).fill(-1);
  for (const [k, p] of pairs.entries()) inQuote.fill(k, p.open, p.close + 1);

  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let from = 0;
  let lineStart = true;
  const close = (to: number, nextLineStart: boolean) => {
    if (to > from) sentences.push({ from, to, lineStart });
    for (let k = from; k < to; k++) sentenceOf[k] = sentences.length - 1;
    from = to;
    lineStart = nextLineStart;
  };
  for (const t of tokens) {
    if (t.kind === 'break') {
      close(t.i, true);
      sentenceOf[t.i] = Math.max(0, sentences.length - 1);
      from = t.i + 1;
      continue;
    }
    const q = inQuote[t.i] as number;
    if (q >= 0) {
      // A quotation that ends with a full stop ends its sentence too.
      const pair = pairs[q] as QuotePair;
      if (t.i === pair.close && SENTENCE_END.has((tokens[t.i - 1] as Token).f)) close(t.i + 1, false);
      continue;
    }
    if (t.kind === 'punct' && SENTENCE_END.has(t.f)) {
      // «د.» and «أ.» are abbreviations, not sentence ends; «..» is a pause.
      const prev = tokens[t.i - 1];
      if (prev && prev.kind === 'word' && prev.f.length === 1) continue;
      if (t.f === '.' && (prev?.f === '.' || tokens[t.i + 1]?.f === '.')) continue;
      close(t.i + 1, false);
    }
  }
  close(tokens.length, false);
  return { quotes: pairs, inQuote, sentences, sentenceOf };
}
