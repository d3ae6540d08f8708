// Normalisation for matching. Matching happens on a folded copy of the text; every folded
// character remembers where it came from, so offsets reported back are always into the original.

const DROPPED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

const FOLDED: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ک: 'ك',
  ی: 'ي',
  ە: 'ه',
  ڤ: 'ف',
  گ: 'ك',
  پ: 'ب',
  چ: 'ج',
};

function foldChar(ch: string): string {
  return FOLDED[ch] ?? ch;
}

/** True for a character that folding drops entirely (diacritics, tatweel, invisible marks). */
export function isDropped(ch: string): boolean {
  return DROPPED.test(ch);
}

const DROPPED_ALL = new RegExp(DROPPED.source, 'g');
const FOLDABLE_ALL = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');

/** The folded form of a word or phrase, for comparing; spaces are kept as single spaces. */
export function fold(text: string): string {
  // Regular expressions rather than a loop over characters: the lexicons fold thousands of entries at start.
  return text.replace(DROPPED_ALL, '').replace(FOLDABLE_ALL, foldChar).replace(/\s+/g, ' ').trim();
}

/** A folded copy of `text` with, for each of its code units, the index in `text` it came from. */
export interface FoldedText {
  text: string;
  /** origin[i] = index in the original text of folded code unit i; origin[text.length] = original length. */
  origin: Int32Array;
}

export function foldWithOrigins(text: string): FoldedText {
  const origin = new Int32Array(text.length + 1);
  const codes = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Plain Arabic letters other than the folded ones, spaces and ASCII pass through untouched.
    if ((c < 0x0610 && c !== 0xad) || (c > 0x061a && c < 0x064b && c !== 0x0640 && !FOLDED_CODES.has(c))) {
      codes[n] = c;
      origin[n++] = i;
      continue;
    }
    const ch = text[i] as string;
    if (isDropped(ch)) continue;
    codes[n] = foldChar(ch).charCodeAt(0);
    origin[n++] = i;
  }
  origin[n] = text.length;
  let folded = '';
  for (let k = 0; k < n; k += 8192)
    folded += String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192)));
  return { text: folded, origin: origin.subarray(0, n + 1) };
}

const FOLDED_CODES = new Set(Object.keys(FOLDED).map((ch) => ch.charCodeAt(0)));
