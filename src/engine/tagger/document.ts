// Document-level evidence for the second pass: what the first pass tagged the same stem as at
// other places in the text. A name introduced once with a title («الطبيب سيغموند فرويد») is then
// recognised where it stands bare («ولد فرويد»). And whether the text is about sport at all.
import { isSportWord } from './cues.ts';
import type { TaggedSpan } from './tagger.ts';
import { isInside, tagType } from './tags.ts';

const TYPE_INDEX = { PER: 0, ORG: 1, LOC: 2 } as const;
/** Set when the stem occurs elsewhere and was never part of an entity there. */
export const ONLY_OUTSIDE_BIT = 1 << 6;
const MIN_STEM = 2;
const LONE_PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];

/** Set on every token of a text about sport, where a city's name is often its club («فاز ليفربول»). */
export const SPORT_BIT = 1 << 13;
/** Sport words a text needs to count as about sport. */
const SPORT_MIN = 3;

/** Bit for "elsewhere tagged B-X" (2·x) or "I-X" (2·x + 1). */
function bitOf(tag: number): number {
  const type = tagType(tag);
  if (!type) return 0;
  return 1 << (2 * TYPE_INDEX[type] + (isInside(tag) ? 1 : 0));
}

/**
 * Per token, flags for what the other occurrences of its stem were tagged (its own tag excluded).
 * `stems` and `tags` run over the whole document.
 */
export function documentFlags(stems: readonly string[], tags: ArrayLike<number>): Uint32Array {
  // per stem and per bit (7 bits incl. "outside"), how many occurrences
  const counts = new Map<string, Int32Array>();
  const bits = new Int32Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    if (stem.length < MIN_STEM) continue;
    const b = bitOf(tags[i] as number) || ONLY_OUTSIDE_BIT;
    bits[i] = b;
    let c = counts.get(stem);
    if (!c) {
      c = new Int32Array(7);
      counts.set(stem, c);
    }
    const slot = 31 - Math.clz32(b);
    c[slot] = (c[slot] as number) + 1;
  }
  const out = new Uint32Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const c = counts.get(stems[i] as string);
    if (!c) continue;
    const own = 31 - Math.clz32(bits[i] as number);
    let entity = 0;
    let outside = false;
    for (let slot = 0; slot < 7; slot++) {
      const others = (c[slot] as number) - (slot === own ? 1 : 0);
      if (others <= 0) continue;
      if (slot === 6) outside = true;
      else entity |= 1 << slot;
    }
    out[i] = entity || (outside ? ONLY_OUTSIDE_BIT : 0);
  }
  // «لأينشتاين» keeps its ل in the stem (a lone preposition is not stripped, see clitics.ts): look
  // the word up without it too, and report what that reading was tagged as in bits 7–12
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    if (stem.length < MIN_STEM + 2 || !LONE_PROCLITICS.includes(stem[0] as string)) continue;
    const c = counts.get(stem.slice(1));
    if (!c) continue;
    for (let slot = 0; slot < 6; slot++)
      if ((c[slot] as number) > 0) out[i] = (out[i] as number) | (1 << (slot + 7));
  }
  let sport = 0;
  for (const stem of stems) if (isSportWord(stem)) sport++;
  if (sport >= SPORT_MIN) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) | SPORT_BIT;
  return out;
}

/** A name must be this sure before its other occurrences are tagged after it. */
const REPEAT_CONFIDENCE = 0.9;
const MIN_REPEATED_STEM = 3;

/**
 * Once a person is surely named («الطبيب سيغموند فرويد»), the bare surname elsewhere in the same text
 * («كان يزعج فرويد») is that person too, however weak its own context. Returns `spans` (ordered) with
 * one-word PER spans added where a sure name's last stem recurs outside every span; each takes the
 * confidence of the surest name it repeats. Only people: a lone place or organisation word recurring
 * is as often the common word («الجزيرة»).
 */
export function withRepeatedNames(spans: readonly TaggedSpan[], stems: readonly string[]): TaggedSpan[] {
  const sure = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.confidence < REPEAT_CONFIDENCE) continue;
    const stem = stems[s.end - 1] as string;
    if (stem.length >= MIN_REPEATED_STEM) sure.set(stem, Math.max(sure.get(stem) ?? 0, s.confidence));
  }
  if (sure.size === 0) return [...spans];
  const covered = new Uint8Array(stems.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: TaggedSpan[] = [];
  for (let i = 0; i < stems.length; i++) {
    if (covered[i]) continue;
    const stem = stems[i] as string;
    // «لفرويد»: a lone preposition stays on the stem (see documentFlags)
    const confidence =
      sure.get(stem) ?? (LONE_PROCLITICS.includes(stem[0] as string) ? sure.get(stem.slice(1)) : undefined);
    if (confidence !== undefined) added.push({ start: i, end: i + 1, type: 'PER', confidence });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : [...spans];
}
