// What training said about each stem: never seen, or which tag its occurrences mostly had and how
// consistently. A stem the tagger has never seen is a strong hint of a name (most foreign names,
// many family names); one seen only as a person's name is a stronger one. The trainer builds it
// for each part of the training data from the other parts (scripts/ner/train.ts), so the model
// learns how far to trust it on text it has not seen.
import { decodeBase64, encodeBase64 } from './codec.ts';

export interface VocabularyFile {
  /** The stems in code-unit order, space separated. */
  stems: string;
  /** Base64 of one class byte per stem (classOfCounts). */
  classes: string;
}

/** Tag groups counted per stem: O, PER, ORG, LOC. */
export const GROUPS = 4;
/** Share of the most frequent group from which a stem counts as consistently tagged. */
const PURE = 0.9;
/** The class of a stem training saw once, as O. */
const SEEN_ONCE = 2 * GROUPS + 1;

/**
 * A stem's class from how often it had each tag group: 1 + 2·group when that group has nearly all
 * its occurrences, 2 + 2·group when it merely has the most; SEEN_ONCE for a single O; 0 = unseen.
 */
export function classOfCounts(counts: ArrayLike<number>): number {
  let total = 0;
  let best = 0;
  for (let g = 0; g < GROUPS; g++) {
    total += counts[g] as number;
    if ((counts[g] as number) > (counts[best] as number)) best = g;
  }
  if (total === 0) return 0;
  if (best === 0 && total === 1) return SEEN_ONCE;
  return (counts[best] as number) >= PURE * total ? 1 + 2 * best : 2 + 2 * best;
}

// Sorted, and searched by bisection: loading is one split, with no map to build before the first
// call (the feature extractor caches each word's look-up anyway).
export class Vocabulary {
  private constructor(
    private readonly stems: readonly string[],
    private readonly classes: Uint8Array,
  ) {}

  /** From stems and their classes (classOfCounts). */
  static of(entries: ReadonlyArray<[string, number]>): Vocabulary {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return new Vocabulary(
      sorted.map(([stem]) => stem),
      Uint8Array.from(sorted, ([, c]) => c),
    );
  }

  static load(file: VocabularyFile): Vocabulary {
    return new Vocabulary(file.stems.split(' '), decodeBase64(file.classes));
  }

  save(): VocabularyFile {
    return { stems: this.stems.join(' '), classes: encodeBase64(this.classes) };
  }

  /** The stems training saw mostly outside names. */
  *ordinaryStems(): Iterable<string> {
    for (let i = 0; i < this.stems.length; i++) {
      const c = this.classes[i] as number;
      if (c === 1 || c === 2 || c === SEEN_ONCE) yield this.stems[i] as string;
    }
  }

  /** The stem's class; 0 when training never saw it. */
  classOf(stem: string): number {
    let lo = 0;
    let hi = this.stems.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.stems[mid] as string;
      if (s === stem) return this.classes[mid] as number;
      if (s < stem) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}
