// Turns a sentence of words into hashed features. Most features look at one word only: the word
// itself (form, stem, affixes, shape, how name-like its letters read) or one neighbour (as the word
// two before, one before, one after, two after). Those are computed once per distinct word and
// role, so that at tagging time their summed weights can be cached per word (see scorer.ts). The
// rest look at word pairs, a title a few words back, the gazetteer and the document, and are mixed
// in per position.
import { stripClitics } from './clitics.ts';
import { CUE_NONE, cueClass } from './cues.ts';
import { SPORT_BIT } from './document.ts';
import { foldWord } from './fold.ts';
import type { Gazetteer } from './gazetteer.ts';
import { hashText, mix } from './hash.ts';
import { type Lookups, NO_LOOKUPS } from './model.ts';

const tmpl = (name: string): number => hashText(`tmpl:${name}`);

const T_BIAS = tmpl('bias');
const T_WORD = tmpl('w');
const T_STEM = tmpl('s');
const T_PREFIX = [1, 2, 3, 4].map((n) => tmpl(`p${n}`));
const T_SUFFIX = [1, 2, 3, 4].map((n) => tmpl(`x${n}`));
const T_STEM_PREFIX = [2, 3].map((n) => tmpl(`sp${n}`));
const T_STEM_SUFFIX = [1, 2, 3].map((n) => tmpl(`sx${n}`));
const T_CLITICS = tmpl('cl');
const T_DEFINITE = tmpl('def');
const T_SHAPE = tmpl('shape');
const T_LENGTH = tmpl('len');
const T_CUE = tmpl('cue');
const T_KNOWN = tmpl('known');
const T_KNOWN_LENGTH = tmpl('known-len');
const T_SEEN_AS = tmpl('seen-as');
const T_NAMELIKE = tmpl('namelike');
const T_NAMELIKE_SEEN = tmpl('namelike-seen');
const T_LETTER_PATTERN = tmpl('cv');
const T_PAIR_PREV = tmpl('w-1w');
const T_PAIR_NEXT = tmpl('ww+1');
const T_STEM_PAIR_PREV = tmpl('s-1s');
const T_STEM_PAIR_NEXT = tmpl('ss+1');
const T_CUES_BEFORE = tmpl('cue-2-1');
const T_PREV_WORD_SUFFIX = tmpl('w-1x2');
const T_GAZ_PREV = tmpl('gaz-1');
const T_GAZ = tmpl('gaz0');
const T_GAZ_NEXT = tmpl('gaz+1');
const T_GAZ_CUE = tmpl('gaz0cue-1');
const T_DOC_PREV = tmpl('doc-1');
const T_DOC = tmpl('doc0');
const T_DOC_NEXT = tmpl('doc+1');
const T_SPORT_GAZ = tmpl('sport-gaz');
const T_SPORT_SEEN = tmpl('sport-seen');
const T_SPORT_CUE = tmpl('sport-cue-1');
const T_CHAIN = tmpl('cue-chain');
/** How far back a cue word may stand before a name, with definite words between. */
const CHAIN_REACH = 4;

/** Where a word stands relative to the token being tagged. */
export const ROLE_SELF = 0;
export const ROLE_PREV2 = 1;
export const ROLE_PREV1 = 2;
export const ROLE_NEXT1 = 3;
export const ROLE_NEXT2 = 4;
export const ROLE_COUNT = 5;
/** Offset from the tagged token of the word in each role. */
export const ROLE_OFFSETS = [0, -2, -1, 1, 2] as const;

const SHAPE_ARABIC = 0;
const SHAPE_DIGITS = 1;
const SHAPE_LATIN = 2;
const SHAPE_PUNCT = 3;
const SHAPE_MIXED = 4;
/** The name likeness of a word too short, not Arabic, or without a likeness table. */
const NOT_RATED = 99;

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;
const NUMBER_CHARS = /^[\d\u0660-\u0669.,/:%-]+$/;
const DIGIT = /[\d\u0660-\u0669]/;
const LATIN = /^[A-Za-z.\-']+$/;
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

function shapeOf(word: string): number {
  const c = word.charCodeAt(0);
  // most words are plain Arabic: one test settles them
  if (c >= 0x621 && c <= 0x64a && ARABIC_LETTERS.test(word)) return SHAPE_ARABIC;
  if (NUMBER_CHARS.test(word) && DIGIT.test(word)) return SHAPE_DIGITS;
  if (LATIN.test(word)) return SHAPE_LATIN;
  if (PUNCTUATION.test(word)) return SHAPE_PUNCT;
  return SHAPE_MIXED;
}

export interface WordInfo {
  folded: string;
  stem: string;
  hWord: number;
  hStem: number;
  /** Hash of the last two letters. */
  hSuf2: number;
  shape: number;
  cue: number;
  definite: boolean;
  seenAs: number;
  /** Feature hashes of this word in each role (ROLE_*). */
  roles: Uint32Array[];
  /** Summed weights per role and tag, per model, filled by the scorer (scorer.ts). */
  scoreCache: Array<{ model: object; scores: Float32Array }>;
}

interface RoleParts {
  hWord: number;
  hStem: number;
  cue: number;
  shape: number;
  suf1: number;
  suf2: number;
  nisba: number;
  /** NameLikeness.bucket of the stem, or NOT_RATED. */
  nameLike: number;
  definite: boolean;
  /** What training tagged the stem as (Vocabulary.classOf). */
  seenAs: number;
}

/** Per neighbour role, the templates of its ten one-word features. */
const ROLE_TEMPLATES = ['', 'prev2', 'prev1', 'next1', 'next2'].map((name) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => mix(tmpl(name), k)),
);

function roleHashes(role: number, parts: RoleParts): Uint32Array {
  const r = ROLE_TEMPLATES[role] as number[];
  const out = new Uint32Array(10);
  out[0] = mix(r[0] as number, parts.hWord);
  out[1] = mix(r[1] as number, parts.hStem);
  out[2] = mix(r[2] as number, parts.cue);
  out[3] = mix(r[3] as number, parts.shape);
  out[4] = mix(r[4] as number, parts.suf2);
  out[5] = mix(r[5] as number, parts.suf1);
  out[6] = mix(r[6] as number, parts.nisba);
  out[7] = mix(r[7] as number, parts.definite ? 1 : 0);
  out[8] = mix(r[8] as number, parts.seenAs);
  out[9] = mix(r[9] as number, parts.nameLike);
  return out;
}

/** Long-vowel letters (ا و ي) as V, other letters as C: foreign names are vowel-heavy (فرويد، بجماليون). */
function letterPattern(stem: string): string {
  let out = '';
  for (let i = 0; i < stem.length && i < 10; i++) {
    const c = stem[i];
    out += c === 'ا' || c === 'و' || c === 'ي' ? 'V' : 'C';
  }
  return out;
}

function describe(word: string, { vocabulary, likeness }: Lookups): WordInfo {
  const folded = foldWord(word).toLowerCase();
  const { stem, clitics, definite } = stripClitics(folded);
  const hWord = hashText(folded);
  const hStem = hashText(stem);
  const own: number[] = [T_BIAS, mix(T_WORD, hWord), mix(T_STEM, hStem)];
  const fl = folded.length;
  for (let n = 1; n <= 4; n++) {
    if (fl > n) {
      own.push(mix(T_PREFIX[n - 1] as number, hashText(folded, 0, n)));
      own.push(mix(T_SUFFIX[n - 1] as number, hashText(folded, fl - n, fl)));
    }
  }
  const sl = stem.length;
  for (let n = 1; n <= 3; n++) {
    if (sl > n) {
      if (n > 1) own.push(mix(T_STEM_PREFIX[n - 2] as number, hashText(stem, 0, n)));
      own.push(mix(T_STEM_SUFFIX[n - 1] as number, hashText(stem, sl - n, sl)));
    }
  }
  const shape = shapeOf(folded);
  const cue = cueClass(folded, stem);
  own.push(mix(T_CLITICS, hashText(clitics)));
  own.push(mix(T_DEFINITE, definite ? 1 : 0));
  own.push(mix(T_SHAPE, shape));
  own.push(mix(T_LENGTH, Math.min(stem.length, 10)));
  if (shape === SHAPE_ARABIC) own.push(mix(T_LETTER_PATTERN, hashText(letterPattern(stem))));
  const seenAs = vocabulary ? vocabulary.classOf(stem) : 0;
  if (vocabulary) {
    const known = seenAs > 0 ? 1 : 0;
    own.push(mix(T_KNOWN, known));
    own.push(mix(T_SEEN_AS, seenAs));
    own.push(mix(mix(T_KNOWN_LENGTH, known), Math.min(stem.length, 8)));
  }
  if (cue !== CUE_NONE) own.push(mix(T_CUE, cue));
  const nameLike = likeness && shape === SHAPE_ARABIC && stem.length >= 3 ? likeness.bucket(stem) : NOT_RATED;
  if (nameLike !== NOT_RATED) {
    own.push(mix(T_NAMELIKE, nameLike));
    own.push(mix(mix(T_NAMELIKE_SEEN, nameLike), seenAs));
  }
  const nisba = stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('يه')) ? (definite ? 2 : 1) : 0;
  const hSuf2 = hashText(folded, Math.max(0, fl - 2), fl);
  const parts: RoleParts = {
    hWord,
    hStem,
    cue,
    shape,
    suf1: hashText(folded, Math.max(0, fl - 1), fl),
    suf2: hSuf2,
    nisba,
    nameLike,
    definite,
    seenAs,
  };
  return {
    folded,
    stem,
    hWord,
    hStem,
    hSuf2,
    shape,
    cue,
    definite,
    seenAs,
    roles: [
      Uint32Array.from(own),
      roleHashes(ROLE_PREV2, parts),
      roleHashes(ROLE_PREV1, parts),
      roleHashes(ROLE_NEXT1, parts),
      roleHashes(ROLE_NEXT2, parts),
    ],
    scoreCache: [],
  };
}

/** Stands in for the words before the first and after the last. */
export const EDGE: WordInfo = (() => {
  const edge = describe('<edge>', NO_LOOKUPS);
  edge.roles[ROLE_SELF] = new Uint32Array(0);
  edge.cue = 99;
  return edge;
})();

/** Token i's features are hashes[offsets[i] .. offsets[i+1]). */
export interface FeatureMatrix {
  hashes: Uint32Array;
  offsets: Int32Array;
}

/** The words of a sentence with what the gazetteer and the document say about them. */
export interface SentenceView {
  infos: WordInfo[];
  gazetteer: Uint32Array;
  document?: Uint32Array;
}

function pushFlags(template: number, flags: number, sink: number[]): void {
  for (let bit = 0; flags >>> bit !== 0; bit++) if ((flags >>> bit) & 1) sink.push(mix(template, bit));
}

/** The features of token i that involve more than one word, or the gazetteer. */
export function contextFeatures(view: SentenceView, i: number, sink: number[]): void {
  const { infos, gazetteer: gaz } = view;
  const n = infos.length;
  const w = infos[i] as WordInfo;
  const p1 = i > 0 ? (infos[i - 1] as WordInfo) : EDGE;
  const p2 = i > 1 ? (infos[i - 2] as WordInfo) : EDGE;
  const n1 = i + 1 < n ? (infos[i + 1] as WordInfo) : EDGE;
  sink.push(mix(mix(T_PAIR_PREV, p1.hWord), w.hWord));
  sink.push(mix(mix(T_PAIR_NEXT, w.hWord), n1.hWord));
  sink.push(mix(mix(T_STEM_PAIR_PREV, p1.hStem), w.hStem));
  sink.push(mix(mix(T_STEM_PAIR_NEXT, w.hStem), n1.hStem));
  sink.push(mix(mix(T_CUES_BEFORE, p2.cue), p1.cue));
  sink.push(mix(mix(T_PREV_WORD_SUFFIX, p1.hWord), w.hSuf2));
  const g0 = gaz[i] as number;
  pushFlags(T_GAZ, g0, sink);
  if (i > 0) pushFlags(T_GAZ_PREV, gaz[i - 1] as number, sink);
  if (i + 1 < n) pushFlags(T_GAZ_NEXT, gaz[i + 1] as number, sink);
  if (g0 !== 0) pushFlags(mix(T_GAZ_CUE, p1.cue), g0, sink);
  const chain = chainedCue(infos, i);
  if (chain) sink.push(mix(mix(mix(T_CHAIN, (infos[i - chain] as WordInfo).cue), chain), w.definite ? 1 : 0));
}

/**
 * How far back stands the cue word that a run of definite words links token i to: 3 for the name
 * in «وزير الثقافة الإيراني X», 2 in «رئيس الوزراء X»; 0 when there is none within CHAIN_REACH.
 * (The word just before is a neighbour feature of its own.)
 */
export function chainedCue(infos: readonly WordInfo[], i: number): number {
  for (let k = 2; k <= CHAIN_REACH && i - k >= 0; k++) {
    if (!(infos[i - k + 1] as WordInfo).definite) return 0;
    if ((infos[i - k] as WordInfo).cue !== CUE_NONE) return k;
  }
  return 0;
}

/** The features of token i that come from the document pass (none without `view.document`). */
export function documentFeatures(view: SentenceView, i: number, sink: number[]): void {
  const doc = view.document;
  if (!doc) return;
  pushFlags(T_DOC, doc[i] as number, sink);
  if ((doc[i] as number) & SPORT_BIT) {
    const w = view.infos[i] as WordInfo;
    pushFlags(T_SPORT_GAZ, view.gazetteer[i] as number, sink);
    sink.push(mix(T_SPORT_SEEN, w.seenAs));
    sink.push(mix(T_SPORT_CUE, (i > 0 ? (view.infos[i - 1] as WordInfo) : EDGE).cue));
  }
  if (i > 0) pushFlags(T_DOC_PREV, doc[i - 1] as number, sink);
  if (i + 1 < doc.length) pushFlags(T_DOC_NEXT, doc[i + 1] as number, sink);
}

const CACHE_LIMIT = 200_000;

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();

  constructor(
    private readonly gazetteer: Gazetteer | null,
    private readonly lookups: Lookups = NO_LOOKUPS,
  ) {}

  info(word: string): WordInfo {
    let w = this.cache.get(word);
    if (!w) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      w = describe(word, this.lookups);
      this.cache.set(word, w);
    }
    return w;
  }

  /**
   * A sentence's words with their gazetteer flags. `document`, when given, says per token what a
   * first pass found for the same stem elsewhere in the document (see document.ts).
   */
  view(words: readonly string[], document?: Uint32Array): SentenceView {
    return this.viewOf(
      words.map((w) => this.info(w)),
      document,
    );
  }

  /** The same from words already looked up with info(). */
  viewOf(infos: WordInfo[], document?: Uint32Array): SentenceView {
    const gazetteer = this.gazetteer
      ? this.gazetteer.flags(infos.map((i) => i.folded))
      : new Uint32Array(infos.length);
    return { infos, gazetteer, document };
  }

  /** Every feature of every token, for training. */
  extract(words: readonly string[], document?: Uint32Array): FeatureMatrix {
    const view = this.view(words, document);
    const n = words.length;
    const offsets = new Int32Array(n + 1);
    const hashes: number[] = [];
    for (let i = 0; i < n; i++) {
      offsets[i] = hashes.length;
      for (let role = 0; role < ROLE_COUNT; role++) {
        const at = i + (ROLE_OFFSETS[role] as number);
        const info = at >= 0 && at < n ? (view.infos[at] as WordInfo) : EDGE;
        for (const h of info.roles[role] as Uint32Array) hashes.push(h);
      }
      contextFeatures(view, i, hashes);
      documentFeatures(view, i, hashes);
    }
    offsets[n] = hashes.length;
    return { hashes: Uint32Array.from(hashes), offsets };
  }
}
