// Gazetteer look-up over token sequences. Entries are matched on folded tokens; the first token
// of an entry may carry proclitics in the text (وفي لبنان, للأمم المتحدة), later tokens must match.

import { stemCandidates } from './clitics.ts';
import { foldWord as fold } from './fold.ts';

/** NAT = a demonym (روسي، الروسية); AMB = an entry the lexicon marks as also a common word. */
export type GazetteerType = 'PER' | 'ORG' | 'LOC' | 'NAT' | 'AMB';
export const GAZETTEER_TYPES: readonly GazetteerType[] = ['PER', 'ORG', 'LOC', 'NAT', 'AMB'];

/** Per-token flags: for each type, bit (3*typeIndex + 0) = single-token match, +1 = begins, +2 = continues. */
export const FIRST_NAME_BIT = 1 << (3 * GAZETTEER_TYPES.length);

export interface LexiconEntry {
  name: string;
  aliases?: string[];
  demonym?: string | string[];
  capital?: string;
  kind?: string;
  ambiguous?: boolean;
}

export interface LexiconSources {
  countries?: readonly LexiconEntry[];
  places?: readonly LexiconEntry[];
  organisations?: readonly LexiconEntry[];
  people?: readonly LexiconEntry[];
  firstnames?: { male?: readonly string[]; female?: readonly string[] };
}

interface Phrase {
  rest: string[];
  type: number;
}

export class Gazetteer {
  /** First token (folded, without the article) → phrases starting with it. */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly firstNames = new Set<string>();

  add(name: string, type: GazetteerType): void {
    const tokens = name
      .split(/[\s\-–]+/)
      .map(fold)
      .filter(Boolean);
    const first = tokens[0];
    if (!first) return;
    // a phrase listed twice (a name repeated among its aliases) only costs a second check
    const phrase: Phrase = { rest: tokens.slice(1), type: GAZETTEER_TYPES.indexOf(type) };
    this.index(first, phrase);
    if (first.startsWith('ال') && first.length > 3) this.index(first.slice(2), phrase);
    if (this.openers.size) this.openers.clear();
  }

  private index(key: string, phrase: Phrase): void {
    const list = this.byFirst.get(key);
    if (list) list.push(phrase);
    else this.byFirst.set(key, [phrase]);
  }

  addFirstName(name: string): void {
    if (this.openers.size) this.openers.clear();
    const f = fold(name);
    if (f && !f.includes(' ')) this.firstNames.add(f);
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
    for (const c of stemCandidates(word)) {
      if (this.firstNames.has(c)) bits |= FIRST_NAME_BIT;
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

function namesOf(entry: LexiconEntry): string[] {
  return [entry.name, ...(entry.aliases ?? [])].filter((n) => typeof n === 'string' && n.trim() !== '');
}

function demonymsOf(entry: LexiconEntry): string[] {
  const d = entry.demonym;
  const list = Array.isArray(d) ? d : d ? [d] : [];
  // the feminine (…ية) is the form most often written after a noun: الحكومة الروسية
  return list.flatMap((x) => (x.endsWith('ي') ? [x, `${x}ة`] : [x]));
}

/** Builds a gazetteer from the engine's lexicon files (any of them may be missing). */
export function buildGazetteer(sources: LexiconSources): Gazetteer {
  const g = new Gazetteer();
  const lists: Array<[readonly LexiconEntry[] | undefined, GazetteerType]> = [
    [sources.countries, 'LOC'],
    [sources.places, 'LOC'],
    [sources.organisations, 'ORG'],
    [sources.people, 'PER'],
  ];
  for (const [list, type] of lists) {
    for (const entry of list ?? []) {
      for (const name of namesOf(entry)) g.add(name, entry.ambiguous ? 'AMB' : type);
      if (entry.capital) g.add(entry.capital, 'LOC');
      for (const d of demonymsOf(entry)) g.add(d, 'NAT');
    }
  }
  for (const name of [...(sources.firstnames?.male ?? []), ...(sources.firstnames?.female ?? [])])
    g.addFirstName(name);
  return g;
}
