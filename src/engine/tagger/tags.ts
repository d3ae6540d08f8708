// The BIO tag set and the rules that keep a tag sequence well formed.

export type EntityType = 'PER' | 'ORG' | 'LOC';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TYPES: readonly (EntityType | null)[] = [null, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC'];

export function tagType(tag: number): EntityType | null {
  return TYPES[tag] ?? null;
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** Whether `next` may follow `prev` (-1 = sentence start): I-X only continues B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev >= 0 && prev !== OUTSIDE && tagType(prev) === tagType(next);
}

/** Parses a corpus tag (B-PERS, I-LOC, B-MISC, O …) into our tag index; MISC and unknown → O. */
export function parseCorpusTag(raw: string): number {
  const m = /^([BI])-(\w+)$/.exec(raw.trim());
  if (!m) return OUTSIDE;
  const type = m[2]?.toUpperCase() ?? '';
  const base = type.startsWith('PER') ? 1 : type.startsWith('ORG') ? 3 : type.startsWith('LOC') ? 5 : -1;
  if (base < 0) return OUTSIDE;
  return m[1] === 'B' ? base : base + 1;
}

/** Repairs a sequence so every I-X follows B-X or I-X (a stray I-X becomes B-X). */
export function repairBio(tags: number[]): number[] {
  return tags.map((t, i) => (isInside(t) && !allowed(i === 0 ? -1 : (tags[i - 1] as number), t) ? t - 1 : t));
}

export interface TagSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** Entity spans (token indices, end exclusive) of a well-formed tag sequence. */
export function spansOf(tags: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as number;
    const type = tagType(t);
    if (open && (!type || !isInside(t) || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  }
  if (open) spans.push(open);
  return spans;
}
