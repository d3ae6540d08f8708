// Turns a sentence of words into hashed features, one list per token. What a word says about
// itself (form, stem, affixes, shape) is computed once per distinct word and cached; what depends
// on neighbours is mixed in per position.
import { fold } from '../normalise.ts';
import { stripClitics } from './clitics.ts';
import { CUE_NONE, cueClass } from './cues.ts';
import type { Gazetteer } from './gazetteer.ts';
import { hashText, mix } from './hash.ts';

const T = Object.fromEntries(
  [
    'bias', 'w', 's', 'p1', 'p2', 'p3', 'p4', 'x1', 'x2', 'x3', 'x4', 'sp2', 'sp3', 'sx1', 'sx2', 'sx3',
    'cl', 'def', 'shape', 'len', 'cue',
    'w-2', 'w-1', 'w+1', 'w+2', 's-2', 's-1', 's+1', 's+2', 'w-1w', 'ww+1', 's-1s', 'ss+1',
    'cue-1', 'cue-2', 'cue+1', 'cue-2-1', 'shape-1', 'shape+1', 'x2+1', 'x1+1', 'nisba+1', 'def+1', 'x2-1',
    'gaz-1', 'gaz0', 'gaz+1', 'gaz0cue-1', 'w-1x2', 'doc-1', 'doc0', 'doc+1',
  ].map((name) => [name, hashText(`tmpl:${name}`)]),
) as Record<string, number>;

function t(name: string): number {
  const v = T[name];
  if (v === undefined) throw new Error(`unknown feature template ${name}`);
  return v;
}

const SHAPE_ARABIC = 0;
const SHAPE_DIGITS = 1;
const SHAPE_LATIN = 2;
const SHAPE_PUNCT = 3;
const SHAPE_MIXED = 4;

function shapeOf(word: string): number {
  if (/^[\u0621-\u064A]+$/.test(word)) return SHAPE_ARABIC;
  if (/^[\d\u0660-\u0669.,/:%\-]+$/.test(word) && /[\d\u0660-\u0669]/.test(word)) return SHAPE_DIGITS;
  if (/^[A-Za-z.\-']+$/.test(word)) return SHAPE_LATIN;
  if (/^[\p{P}\p{S}]+$/u.test(word)) return SHAPE_PUNCT;
  return SHAPE_MIXED;
}

export interface WordInfo {
  folded: string;
  stem: string;
  hWord: number;
  hStem: number;
  hSuf1: number;
  hSuf2: number;
  shape: number;
  cue: number;
  definite: boolean;
  nisba: boolean;
  /** Features that depend on the word alone, template already mixed in. */
  own: Uint32Array;
}

function describe(word: string): WordInfo {
  const folded = fold(word).toLowerCase();
  const { stem, clitics, definite } = stripClitics(folded);
  const hWord = hashText(folded);
  const hStem = hashText(stem);
  const own: number[] = [t('bias'), mix(t('w'), hWord), mix(t('s'), hStem)];
  const affix = (name: string, part: string): void => {
    own.push(mix(t(name), hashText(part)));
  };
  for (let n = 1; n <= 4; n++) {
    if (folded.length > n) {
      affix(`p${n}`, folded.slice(0, n));
      affix(`x${n}`, folded.slice(-n));
    }
  }
  for (let n = 1; n <= 3; n++) {
    if (stem.length > n) {
      if (n > 1) affix(`sp${n}`, stem.slice(0, n));
      affix(`sx${n}`, stem.slice(-n));
    }
  }
  const shape = shapeOf(folded);
  const cue = cueClass(folded, stem);
  own.push(mix(t('cl'), hashText(clitics)));
  own.push(mix(t('def'), definite ? 1 : 0));
  own.push(mix(t('shape'), shape));
  own.push(mix(t('len'), Math.min(stem.length, 10)));
  if (cue !== CUE_NONE) own.push(mix(t('cue'), cue));
  return {
    folded,
    stem,
    hWord,
    hStem,
    hSuf1: hashText(folded.slice(-1)),
    hSuf2: hashText(folded.slice(-2)),
    shape,
    cue,
    definite,
    nisba: stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('يه')),
    own: Uint32Array.from(own),
  };
}

const EDGE: WordInfo = {
  folded: '',
  stem: '',
  hWord: hashText('<edge>'),
  hStem: hashText('<edge>'),
  hSuf1: 0,
  hSuf2: 0,
  shape: 99,
  cue: 99,
  definite: false,
  nisba: false,
  own: new Uint32Array(0),
};

/** Token i's features are hashes[offsets[i] .. offsets[i+1]). */
export interface FeatureMatrix {
  hashes: Uint32Array;
  offsets: Int32Array;
}

const CACHE_LIMIT = 200_000;

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly gazetteer: Gazetteer | null) {}

  info(word: string): WordInfo {
    let w = this.cache.get(word);
    if (!w) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      w = describe(word);
      this.cache.set(word, w);
    }
    return w;
  }

  /**
   * Features of one sentence. `docFlags`, when given, says per token what a first pass found for
   * the same stem elsewhere in the document (see documentFlags).
   */
  extract(words: readonly string[], docFlags?: Uint32Array): FeatureMatrix {
    const n = words.length;
    const infos = words.map((w) => this.info(w));
    const gaz = this.gazetteer ? this.gazetteer.flags(infos.map((i) => i.folded)) : new Uint32Array(n);
    const at = (i: number): WordInfo => (i >= 0 && i < n ? (infos[i] as WordInfo) : EDGE);
    const offsets = new Int32Array(n + 1);
    let hashes = new Uint32Array(Math.max(16, n * 64));
    let len = 0;
    const push = (h: number): void => {
      if (len === hashes.length) {
        const bigger = new Uint32Array(hashes.length * 2);
        bigger.set(hashes);
        hashes = bigger;
      }
      hashes[len++] = h;
    };
    const pushFlags = (template: number, flags: number): void => {
      for (let bit = 0; flags >>> bit !== 0; bit++) if ((flags >>> bit) & 1) push(mix(template, bit));
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = len;
      const w = at(i);
      const p1 = at(i - 1);
      const p2 = at(i - 2);
      const n1 = at(i + 1);
      const n2 = at(i + 2);
      for (const h of w.own) push(h);
      push(mix(t('w-2'), p2.hWord));
      push(mix(t('w-1'), p1.hWord));
      push(mix(t('w+1'), n1.hWord));
      push(mix(t('w+2'), n2.hWord));
      push(mix(t('s-2'), p2.hStem));
      push(mix(t('s-1'), p1.hStem));
      push(mix(t('s+1'), n1.hStem));
      push(mix(t('s+2'), n2.hStem));
      push(mix(mix(t('w-1w'), p1.hWord), w.hWord));
      push(mix(mix(t('ww+1'), w.hWord), n1.hWord));
      push(mix(mix(t('s-1s'), p1.hStem), w.hStem));
      push(mix(mix(t('ss+1'), w.hStem), n1.hStem));
      push(mix(t('cue-1'), p1.cue));
      push(mix(t('cue-2'), p2.cue));
      push(mix(t('cue+1'), n1.cue));
      push(mix(mix(t('cue-2-1'), p2.cue), p1.cue));
      push(mix(t('shape-1'), p1.shape));
      push(mix(t('shape+1'), n1.shape));
      push(mix(t('x2+1'), n1.hSuf2));
      push(mix(t('x1+1'), n1.hSuf1));
      push(mix(t('x2-1'), p1.hSuf2));
      push(mix(mix(t('w-1x2'), p1.hWord), w.hSuf2));
      push(mix(t('nisba+1'), n1.nisba ? (n1.definite ? 2 : 1) : 0));
      push(mix(t('def+1'), n1.definite ? 1 : 0));
      const g0 = gaz[i] as number;
      pushFlags(t('gaz0'), g0);
      if (i > 0) pushFlags(t('gaz-1'), gaz[i - 1] as number);
      if (i + 1 < n) pushFlags(t('gaz+1'), gaz[i + 1] as number);
      if (g0 !== 0) pushFlags(mix(t('gaz0cue-1'), p1.cue), g0);
      if (docFlags) {
        pushFlags(t('doc0'), docFlags[i] as number);
        if (i > 0) pushFlags(t('doc-1'), docFlags[i - 1] as number);
        if (i + 1 < n) pushFlags(t('doc+1'), docFlags[i + 1] as number);
      }
    }
    offsets[n] = len;
    return { hashes: hashes.subarray(0, len), offsets };
  }
}
