// The set of stems seen in training, as a hashed bit set. A stem the tagger has never seen is a
// strong hint of a name (most foreign names, many family names), so "known" is a feature.
import { decodeBase64, encodeBase64 } from './codec.ts';
import { hashText } from './hash.ts';

export interface VocabularyFile {
  /** log2 of the number of bits. */
  bits: number;
  /** Base64 of the bit set. */
  data: string;
}

export class Vocabulary {
  private constructor(
    private readonly log2: number,
    private readonly set: Uint8Array,
  ) {}

  static of(stems: Iterable<string>, log2 = 20): Vocabulary {
    const v = new Vocabulary(log2, new Uint8Array(2 ** (log2 - 3)));
    for (const stem of stems) {
      const h = hashText(stem) & (2 ** log2 - 1);
      v.set[h >>> 3] = (v.set[h >>> 3] as number) | (1 << (h & 7));
    }
    return v;
  }

  static load(file: VocabularyFile): Vocabulary {
    return new Vocabulary(file.bits, decodeBase64(file.data));
  }

  save(): VocabularyFile {
    return { bits: this.log2, data: encodeBase64(this.set) };
  }

  has(stem: string): boolean {
    const h = hashText(stem) & (2 ** this.log2 - 1);
    return (((this.set[h >>> 3] as number) >>> (h & 7)) & 1) === 1;
  }
}
