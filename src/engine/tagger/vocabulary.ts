// What training said about each stem: never seen, or which tag its occurrences mostly had and how
// consistently. A stem the tagger has never seen is a strong hint of a name (most foreign names,
// many family names); one seen only as a person's name is a stronger one. The trainer builds it
// for each part of the training data from the other parts (scripts/ner/train.ts), so the model
// learns how far to trust it on text it has not seen.
import { decodeBase64, encodeBase64 } from './codec.ts';

export interface VocabularyFile {
  /** The stems, space separated. */
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

export class Vocabulary {
  private constructor(
    private readonly stems: readonly string[],
    private readonly index: Map<string, number>,
    private readonly classes: Uint8Array,
  ) {}

  /** From stems and their classes (classOfCounts). */
  static of(entries: ReadonlyArray<[string, number]>): Vocabulary {
    const stems = entries.map(([stem]) => stem);
    return new Vocabulary(
      stems,
      new Map(stems.map((s, i) => [s, i])),
      Uint8Array.from(entries, ([, c]) => c),
    );
  }

  static load(file: VocabularyFile): Vocabulary {
    const stems = file.stems.split(' ');
    const index = new Map<string, number>();
    for (let i = 0; i < stems.length; i++) index.set(stems[i] as string, i);
    return new Vocabulary(stems, index, decodeBase64(file.classes));
  }

  save(): VocabularyFile {
    return { stems: this.stems.join(' '), classes: encodeBase64(this.classes) };
  }

  /** The stem's class; 0 when training never saw it. */
  classOf(stem: string): number {
    const i = this.index.get(stem);
    return i === undefined ? 0 : (this.classes[i] as number);
  }
}
