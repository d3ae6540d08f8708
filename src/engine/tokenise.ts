// Splits text into words, punctuation and quotation marks, each with its span in the original text
// and its folded form for matching.
import { foldWithOrigins, isDropped } from './normalise.ts';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'break';

export interface Token {
  /** Span in the original text. */
  start: number;
  end: number;
  /** Folded form (no diacritics, tatweel; letter variants merged). */
  f: string;
  kind: TokenKind;
  /** Index of this token in the token list. */
  i: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const DIGIT = /[\p{Nd}]/u;
const QUOTE_CHAR = /["«»“”„‟‹›‘’‚'`]/;

function charClass(ch: string): 'w' | 's' | 'n' | 'q' | 'p' {
  const c = ch.charCodeAt(0);
  // Fast paths for the common cases: Arabic letters and the ASCII space.
  if (c >= 0x0621 && c <= 0x064a) return 'w';
  if (c === 0x20) return 's';
  if (ch === '\n') return 'n';
  if (/\s/.test(ch)) return 's';
  if (QUOTE_CHAR.test(ch)) return 'q';
  if (WORD_CHAR.test(ch)) return 'w';
  return 'p';
}

/**
 * Tokens of `text`. A run of newlines becomes one `break` token; other punctuation stands alone, one
 * character a token, so quotation marks and sentence ends can be paired and counted.
 */
export function tokenise(text: string): Token[] {
  const folded = foldWithOrigins(text);
  const f = folded.text;
  const origin = folded.origin;
  const tokens: Token[] = [];
  let k = 0;
  const push = (a: number, b: number, kind: TokenKind) => {
    const start = origin[a] as number;
    let end = (origin[b - 1] as number) + 1;
    // Keep the word's trailing diacritics inside its span.
    while (kind === 'word' && end < text.length && isDropped(text[end] as string)) end++;
    tokens.push({ start, end, f: f.slice(a, b), kind, i: tokens.length });
  };
  while (k < f.length) {
    const ch = f[k] as string;
    const cls = charClass(ch);
    if (cls === 's') {
      k++;
      continue;
    }
    if (cls === 'n') {
      let j = k + 1;
      while (j < f.length && /\s/.test(f[j] as string)) j++;
      push(k, k + 1, 'break');
      k = j;
      continue;
    }
    if (cls === 'w') {
      let j = k + 1;
      for (;;) {
        while (j < f.length && charClass(f[j] as string) === 'w') j++;
        // «17.76», «1,500»: a decimal point or separator between digits stays inside the number.
        const sep = f[j];
        if (
          (sep === '.' || sep === ',' || sep === '٫' || sep === '٬') &&
          DIGIT.test(f[j - 1] ?? '') &&
          DIGIT.test(f[j + 1] ?? '')
        ) {
          j++;
          continue;
        }
        break;
      }
      // A word's end can absorb a trailing dropped mark in the original; origins already cover that.
      const word = f.slice(k, j);
      push(k, j, DIGIT.test(word) && !/\p{L}/u.test(word) ? 'number' : 'word');
      k = j;
      continue;
    }
    push(k, k + 1, cls === 'q' ? 'quote' : 'punct');
    k++;
  }
  return tokens;
}
