// How much a word looks like a name rather than an ordinary word, letter by letter: the log-likelihood
// ratio of two interpolated letter-trigram models, one over the words of the lexicons' people and
// places, one over the stems training saw as ordinary words. A foreign name the tagger never saw
// («كويرالا», «تشيتشنغ») reads like the names: knowledge from outside the training text. The ratio
// per trigram is computed once, at training, and kept in the model file as a table.
import { decodeBase64, encodeBase64 } from './codec.ts';

/** Letters ء..ي are 1..42, anything else 43; 0 pads the start, 44 marks the end. */
const SIZE = 45;
const OTHER = 43;
const END = 44;
/** A table value v stands for v / SCALE nats. */
const SCALE = 16;

function letterIndex(code: number): number {
  return code >= 0x621 && code <= 0x64a ? code - 0x620 : OTHER;
}

function bump(counts: Int32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

/** Interpolated letter-trigram counts. */
class TrigramCounts {
  private readonly tri = new Int32Array(SIZE * SIZE * SIZE);
  private readonly triContext = new Int32Array(SIZE * SIZE);
  private readonly bi = new Int32Array(SIZE * SIZE);
  private readonly biContext = new Int32Array(SIZE);
  private readonly uni = new Int32Array(SIZE);
  private total = 0;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let a = 0;
      let b = 0;
      for (let i = 0; i <= word.length; i++) {
        const c = i < word.length ? letterIndex(word.charCodeAt(i)) : END;
        bump(this.tri, (a * SIZE + b) * SIZE + c);
        bump(this.triContext, a * SIZE + b);
        bump(this.bi, b * SIZE + c);
        bump(this.biContext, b);
        bump(this.uni, c);
        this.total++;
        a = b;
        b = c;
      }
    }
  }

  logProb(a: number, b: number, c: number): number {
    const pt =
      (this.tri[(a * SIZE + b) * SIZE + c] as number) / Math.max(1, this.triContext[a * SIZE + b] as number);
    const pb = (this.bi[b * SIZE + c] as number) / Math.max(1, this.biContext[b] as number);
    const pu = ((this.uni[c] as number) + 1) / (this.total + SIZE);
    return Math.log(0.6 * pt + 0.3 * pb + 0.1 * pu);
  }
}

export interface LikenessFile {
  /** Base64 of one Int8 per trigram (SIZE³, row-major): the log-likelihood ratio × SCALE. */
  table: string;
}

export class NameLikeness {
  private constructor(private readonly table: Int8Array) {}

  /** From the words of names and the ordinary words (folded, proclitics stripped). */
  static train(names: Iterable<string>, words: Iterable<string>): NameLikeness {
    const n = new TrigramCounts(names);
    const w = new TrigramCounts(words);
    const table = new Int8Array(SIZE * SIZE * SIZE);
    for (let a = 0; a < SIZE; a++)
      for (let b = 0; b < SIZE; b++)
        for (let c = 0; c < SIZE; c++) {
          const v = Math.round(SCALE * (n.logProb(a, b, c) - w.logProb(a, b, c)));
          table[(a * SIZE + b) * SIZE + c] = Math.max(-127, Math.min(127, v));
        }
    return new NameLikeness(table);
  }

  static load(file: LikenessFile): NameLikeness {
    const raw = decodeBase64(file.table);
    return new NameLikeness(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
  }

  save(): LikenessFile {
    return {
      table: encodeBase64(new Uint8Array(this.table.buffer, this.table.byteOffset, this.table.length)),
    };
  }

  /** A small integer: the per-letter log-likelihood ratio of name over ordinary word, bucketed. */
  bucket(stem: string): number {
    let sum = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i <= stem.length; i++) {
      const c = i < stem.length ? letterIndex(stem.charCodeAt(i)) : END;
      sum += this.table[(a * SIZE + b) * SIZE + c] as number;
      a = b;
      b = c;
    }
    const perLetter = sum / SCALE / (stem.length + 1);
    return Math.max(0, Math.min(12, Math.floor(perLetter * 4) + 6));
  }
}
