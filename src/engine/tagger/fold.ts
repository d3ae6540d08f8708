// normalise.ts's fold() made fast for the common case: a table for the Arabic block, the general
// path for anything else. Same output as fold() for every input.
import { fold } from '../normalise.ts';

const TABLE: string[] = [];
for (let c = 0; c < 0x700; c++) {
  const ch = String.fromCharCode(c);
  // whitespace is collapsed and trimmed by fold(), which depends on neighbours: leave it to fold()
  TABLE.push(/\s/.test(ch) ? ' ' : fold(ch));
}

/** True where the table keeps the character as it is. */
const KEPT = new Uint8Array(0x700);
for (let c = 0; c < 0x700; c++) KEPT[c] = TABLE[c] === String.fromCharCode(c) && TABLE[c] !== ' ' ? 1 : 0;

export function foldWord(word: string): string {
  // most words need no change: check before building a new string
  let i = 0;
  while (i < word.length) {
    const c = word.charCodeAt(i);
    if (c >= 0x700 || KEPT[c] === 0) break;
    i++;
  }
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = c < 0x700 ? (TABLE[c] as string) : ' ';
    if (f === ' ') return fold(word);
    out += f;
  }
  return out;
}
