// Speaker names as keys for merging across articles: «لافروف», «سيرجي لافروف» and «سيرغي لافروف» are one
// speaker in a reader's history. Pure: no DOM, no storage.
import titlesData from './lexicon/titles.json';
import { fold } from './normalise.ts';
import type { SpeakerType } from './types.ts';

const HONORIFICS = new Set(
  titlesData.honorifics
    .map(fold)
    .filter((title) => !title.includes(' '))
    .map((title) => title.replace(/\./g, '')),
);

/** Proclitics a name can carry when the engine kept them («ولافروف», «لسيرجي»): only before a known name. */
const PROCLITICS = ['و', 'ف', 'ل', 'ب'];

/**
 * Foreign names are transliterated with varying letters for one sound: g as ج or غ (سيرجي، سيرغي),
 * v as ف or ڤ (folded already). Only pairs that never separate two common Arabic names are merged.
 */
const VARIANTS: Record<string, string> = { غ: 'ج', گ: 'ج' };

/** Tokens of a folded name: letters only, titles off the front, «عبد ال…» and «أبو …» as one token. */
function nameTokens(name: string): string[] {
  const letters = fold(name)
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const raw = letters === '' ? [] : letters.split(' ');
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as string;
    const next = raw[i + 1];
    // «عبد العاطي» = «عبدالعاطي»; «أبو مازن» = «ابومازن».
    if ((token === 'عبد' || token === 'ابو' || token === 'بن' || token === 'ابن') && next !== undefined) {
      tokens.push(token + next);
      i += 1;
    } else tokens.push(token);
  }
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] as string)) tokens.shift();
  return tokens.map((token) => [...token].map((ch) => VARIANTS[ch] ?? ch).join(''));
}

/** The key two spellings of one name share: folded, titles off, spelling variants tolerated. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** A token with a proclitic the engine left on, when the bare token is known as a name token. */
function withoutProclitic(token: string, known: ReadonlySet<string>): string {
  if (known.has(token)) return token;
  for (const clitic of PROCLITICS) {
    if (token.startsWith(clitic) && known.has(token.slice(clitic.length))) return token.slice(clitic.length);
  }
  return token;
}

export interface SpeakerName {
  name: string;
  type: SpeakerType;
}

/** Types whose short forms name one party: a person by family name, an organisation by its head noun. */
const PARTIAL_TYPES = new Set<SpeakerType>(['PER', 'ORG']);

function isRunIn(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const prefix = short.every((token, i) => long[i] === token);
  const suffix = short.every((token, i) => long[long.length - short.length + i] === token);
  return prefix || suffix;
}

/**
 * The speaker each name stands for within a set of names (a reader's history): its own key, or the key
 * of the one fuller name of the same type it is the start or end of («لافروف» → «سيرجي لافروف»).
 * A short form two fuller names could claim («عبد العاطي» of «محمد عبد العاطي» and «حسن عبد العاطي»)
 * stays its own speaker: better two lists than a wrong merge.
 */
export function mergeSpeakers(names: readonly SpeakerName[]): Map<string, string> {
  const byType = new Map<SpeakerType, Map<string, string[]>>();
  for (const { name, type } of names) {
    let keys = byType.get(type);
    if (!keys) {
      keys = new Map();
      byType.set(type, keys);
    }
    const tokens = nameTokens(name);
    if (tokens.length > 0) keys.set(tokens.join(' '), tokens);
  }
  const merged = new Map<string, string>();
  for (const [type, keys] of byType) {
    const known = new Set<string>();
    for (const tokens of keys.values()) if (tokens.length > 1) for (const token of tokens) known.add(token);
    // Keys cleaned of stray proclitics first, so «ولافروف» reaches «سيرجي لافروف» too.
    const cleaned = new Map<string, string[]>();
    for (const [key, tokens] of keys) {
      const clean = tokens.map((token) => withoutProclitic(token, known));
      cleaned.set(key, clean);
    }
    // Every fuller name under each of its proper starts and ends: a short form finds its claimants at once.
    const claimants = new Map<string, string[][]>();
    for (const fullKey of new Set([...cleaned.values()].map((tokens) => tokens.join(' ')))) {
      const full = fullKey.split(' ');
      const runs = new Set<string>();
      for (let size = 1; size < full.length; size++) {
        runs.add(full.slice(0, size).join(' '));
        runs.add(full.slice(full.length - size).join(' '));
      }
      for (const run of runs) {
        const list = claimants.get(run);
        if (list) list.push(full);
        else claimants.set(run, [full]);
      }
    }
    for (const [key, tokens] of cleaned) {
      let target = tokens.join(' ');
      const claims = PARTIAL_TYPES.has(type) ? (claimants.get(target) ?? []) : [];
      // Several claimants that are themselves one name («سيرجي لافروف», «سيرجي لافروف الابن») still agree.
      const longest = claims.reduce<string[] | undefined>(
        (best, candidate) => (best === undefined || candidate.length > best.length ? candidate : best),
        undefined,
      );
      if (longest && claims.every((candidate) => candidate === longest || isRunIn(candidate, longest)))
        target = longest.join(' ');
      merged.set(`${type}|${key}`, `${type}|${target}`);
    }
  }
  return merged;
}

/** The key `mergeSpeakers` files a name under (look it up there for the merged speaker). */
export function speakerEntry(name: string, type: SpeakerType): string {
  return `${type}|${nameKey(name)}`;
}
