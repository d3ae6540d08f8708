// Gazetteer look-up over token sequences. Entries are matched on folded tokens; the first token
// of an entry may carry proclitics in the text (وفي لبنان, للأمم المتحدة), later tokens must match.

import type { Lexicon } from '../lexicon.ts';
import { afterMergedArticle, stemCandidates } from './clitics.ts';

/** NAT = a demonym (روسي، الروسية); AMB = an entry the lexicon marks as also a common word. */
export type GazetteerType = 'PER' | 'ORG' | 'LOC' | 'NAT' | 'AMB';
export const GAZETTEER_TYPES: readonly GazetteerType[] = ['PER', 'ORG', 'LOC', 'NAT', 'AMB'];

/** Per-token flags: for each type, bit (3*typeIndex + 0) = single-token match, +1 = begins, +2 = continues. */
export const FIRST_NAME_BIT = 1 << (3 * GAZETTEER_TYPES.length);

interface Phrase {
  rest: string[];
  type: number;
}

export class Gazetteer {
  /** First token (folded) → phrases starting with it. */
  private readonly byFirst = new Map<string, Phrase[]>();
  /**
   * The same for first tokens that begin with the article, keyed without it, for «لل» words only
   * («للأمم» = ل + الأمم). A bare word is another word: «أسد» is a lion, «الأسد» may be a name.
   */
  private readonly byMerged = new Map<string, Phrase[]>();
  private readonly firstNames = new Set<string>();

  /** Adds a name as its folded words. */
  add(words: readonly string[], type: GazetteerType): void {
    const first = words[0];
    if (!first) return;
    // a phrase listed twice (a name repeated among its aliases) only costs a second check
    const phrase: Phrase = { rest: words.slice(1), type: GAZETTEER_TYPES.indexOf(type) };
    this.index(this.byFirst, first, phrase);
    if (first.startsWith('ال') && first.length > 3) this.index(this.byMerged, first.slice(2), phrase);
    if (this.openers.size) this.openers.clear();
  }

  private index(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
  }

  /** Adds a first name, folded. */
  addFirstName(folded: string): void {
    if (this.openers.size) this.openers.clear();
    if (folded && !folded.includes(' ')) this.firstNames.add(folded);
  }

  /** Every word of the people's and places' names, and the first names (folded, as listed). */
  *nameWords(): Iterable<string> {
    const person = GAZETTEER_TYPES.indexOf('PER');
    const place = GAZETTEER_TYPES.indexOf('LOC');
    for (const [first, phrases] of this.byFirst)
      for (const p of phrases)
        if (p.type === person || p.type === place) {
          yield first;
          yield* p.rest;
        }
    yield* this.firstNames;
  }

  get size(): number {
    return this.byFirst.size + this.firstNames.size;
  }

  /** Per folded word: the first-name bit and the phrases it may open, through any proclitic reading. */
  private readonly openers = new Map<string, { bits: number; phrases: Phrase[] }>();

  private opener(word: string): { bits: number; phrases: Phrase[] } {
    let found = this.openers.get(word);
    if (found) return found;
    let bits = 0;
    const phrases: Phrase[] = [];
    const candidates = stemCandidates(word);
    // Given names that take the article are listed with it (الحسن): «الثاني», «الجمعة» are not ثاني, جمعة.
    const withoutArticle = new Set(candidates.filter((c) => c.startsWith('ال')).map((c) => c.slice(2)));
    const merged = afterMergedArticle(word);
    if (merged) {
      withoutArticle.add(merged);
      if (this.firstNames.has(`ال${merged}`)) bits |= FIRST_NAME_BIT;
      for (const p of this.byMerged.get(merged) ?? []) if (!phrases.includes(p)) phrases.push(p);
    }
    for (const c of candidates) {
      if (this.firstNames.has(c) && !withoutArticle.has(c)) bits |= FIRST_NAME_BIT;
      for (const p of this.byFirst.get(c) ?? []) if (!phrases.includes(p)) phrases.push(p);
    }
    found = { bits, phrases };
    if (this.openers.size >= 200_000) this.openers.clear();
    this.openers.set(word, found);
    return found;
  }

  /** Flags for each token of `folded` (already folded words). */
  flags(folded: readonly string[]): Uint32Array {
    const out = new Uint32Array(folded.length);
    for (let i = 0; i < folded.length; i++) {
      const { bits, phrases } = this.opener(folded[i] as string);
      out[i] = (out[i] as number) | bits;
      for (const p of phrases) {
        if (i + p.rest.length >= folded.length) continue;
        let ok = true;
        for (let k = 0; k < p.rest.length && ok; k++) ok = folded[i + 1 + k] === p.rest[k];
        if (!ok) continue;
        const base = 3 * p.type;
        if (p.rest.length === 0) out[i] = (out[i] as number) | (1 << base);
        else {
          out[i] = (out[i] as number) | (1 << (base + 1));
          for (let k = 1; k <= p.rest.length; k++) out[i + k] = (out[i + k] as number) | (1 << (base + 2));
        }
      }
    }
    return out;
  }
}

/**
 * The gazetteer of the engine's own lexicon (lexicon.ts), whose names are already folded and split:
 * the worker builds that lexicon anyway, so the lists are read and folded once.
 */
export function gazetteerOf(
  lex: Pick<Lexicon, 'gazetteer' | 'demonyms' | 'maleNames' | 'femaleNames'>,
): Gazetteer {
  const g = new Gazetteer();
  for (const entries of lex.gazetteer.values())
    for (const e of entries) g.add(e.words, e.ambiguous ? 'AMB' : e.type);
  for (const d of lex.demonyms) g.add([d], 'NAT');
  for (const name of lex.maleNames) g.addFirstName(name);
  for (const name of lex.femaleNames) g.addFirstName(name);
  return g;
}
