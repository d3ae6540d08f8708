// The trained model: a hashed linear scorer over (feature, tag) plus tag-to-tag transition scores.
// On disk the non-zero weights are kept as delta-coded positions and Int16 values, base64 encoded.
import { decodeBase64, encodeBase64, encodeVarints } from './codec.ts';
import type { FeatureMatrix } from './features.ts';
import { type LikenessFile, NameLikeness } from './likeness.ts';
import { TAG_COUNT, TAGS } from './tags.ts';
import { Vocabulary, type VocabularyFile } from './vocabulary.ts';

export const MODEL_FORMAT = 'isnad-ner-3';

export const CREDITS =
  'Trained on ANERcorp (Yassine Benajiba, Paolo Rosso, José Miguel Benedí Ruiz, 2007, "ANERsys: An Arabic ' +
  'Named Entity Recognition system based on Maximum Entropy", CICLing 2007), distributed by CAMeL Lab ' +
  '(NYU Abu Dhabi) under CC BY-SA 4.0.';

/** One pass's weights on disk. */
export interface PassFile {
  /** A stored weight w stands for w * scale. */
  scale: number;
  /** (TAG_COUNT + 1) rows of TAG_COUNT: row p = previous tag p, the last row = sentence start. */
  transitions: number[];
  nonzero: number;
  /** Base64 of varint gaps between successive non-zero weight positions. */
  positions: string;
  /** Base64 of little-endian Int16 weights, one per position. */
  values: string;
}

export interface ModelFile {
  format: string;
  credits: string;
  tags: readonly string[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /**
   * The first pass tags sentences alone; the second also sees the first pass's document evidence.
   * One entry with `reusePass` set = the same weights serve both passes (trained on both kinds).
   */
  passes: PassFile[];
  reusePass?: boolean;
  /** Stems seen in training (the "known word" feature). */
  vocabulary?: VocabularyFile;
  /** Letter-trigram table of how name-like a word reads (likeness.ts). */
  likeness?: LikenessFile;
  /** Subtracted from the O score of the last pass when decoding: trades precision for recall. */
  outsideBias?: number;
}

export interface LinearModel {
  bits: number;
  mask: number;
  /** buckets × TAG_COUNT, in units of `scale`. */
  weights: Int16Array | Float64Array;
  /** Transition scores in the same units as the weights. */
  transitions: Float64Array;
  scale: number;
}

function loadPass(bits: number, file: PassFile): LinearModel {
  const buckets = 2 ** bits;
  const weights = new Int16Array(buckets * TAG_COUNT);
  const gaps = decodeBase64(file.positions);
  const raw = decodeBase64(file.values);
  const values = new Int16Array(raw.buffer, raw.byteOffset, file.nonzero);
  // varint gaps decoded inline: one pass, no intermediate array
  let pos = -1;
  let p = 0;
  for (let i = 0; i < file.nonzero; i++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = gaps[p++] as number;
      gap += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b >= 128);
    pos += gap;
    weights[pos] = values[i] as number;
  }
  const transitions = Float64Array.from(file.transitions, (v) => v / file.scale);
  return { bits, mask: buckets - 1, weights, transitions, scale: file.scale };
}

/** What the features look words up in, besides the gazetteer. */
export interface Lookups {
  vocabulary: Vocabulary | null;
  likeness: NameLikeness | null;
}

export const NO_LOOKUPS: Lookups = { vocabulary: null, likeness: null };

export interface LoadedModel extends Lookups {
  passes: LinearModel[];
  /** In score units (weight units × scale). */
  outsideBias: number;
}

export function loadModel(file: ModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${file.format}`);
  if (file.tags.join() !== TAGS.join()) throw new Error('NER model was trained with another tag set');
  const passes = file.passes.map((pass) => loadPass(file.bits, pass));
  if (file.reusePass && passes.length === 1) passes.push(passes[0] as LinearModel);
  const vocabulary = file.vocabulary ? Vocabulary.load(file.vocabulary) : null;
  const likeness = file.likeness ? NameLikeness.load(file.likeness) : null;
  return { passes, vocabulary, likeness, outsideBias: file.outsideBias ?? 0 };
}

export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

/**
 * Quantises float weights to Int16 and drops those that round to below `minAbs` units; the
 * transitions stay as floats.
 */
function savePass({ weights, transitions }: TrainedWeights, minAbs: number): PassFile {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  for (const w of transitions) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const gaps: number[] = [];
  const kept: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round((weights[i] as number) / scale);
    if (Math.abs(q) < minAbs) continue;
    gaps.push(i - last);
    kept.push(q);
    last = i;
  }
  const values = Int16Array.from(kept);
  return {
    scale,
    transitions: Array.from(transitions),
    nonzero: kept.length,
    positions: encodeBase64(encodeVarints(gaps)),
    values: encodeBase64(new Uint8Array(values.buffer)),
  };
}

export function saveModel(
  bits: number,
  passes: readonly TrainedWeights[],
  minAbs = 1,
  outsideBias = 0,
  reusePass = false,
  { vocabulary, likeness }: Lookups = NO_LOOKUPS,
): ModelFile {
  return {
    format: MODEL_FORMAT,
    credits: CREDITS,
    tags: [...TAGS],
    bits,
    passes: passes.map((p) => savePass(p, minAbs)),
    outsideBias,
    reusePass,
    ...(vocabulary ? { vocabulary: vocabulary.save() } : {}),
    ...(likeness ? { likeness: likeness.save() } : {}),
  };
}

/** Emission scores, n × TAG_COUNT, in weight units. */
export function emissions(model: LinearModel, features: FeatureMatrix, n: number): Float64Array {
  const out = new Float64Array(n * TAG_COUNT);
  const { hashes, offsets } = features;
  const { weights, mask } = model;
  for (let i = 0; i < n; i++) {
    const row = i * TAG_COUNT;
    for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f++) {
      const base = ((hashes[f] as number) & mask) * TAG_COUNT;
      for (let k = 0; k < TAG_COUNT; k++)
        out[row + k] = (out[row + k] as number) + (weights[base + k] as number);
    }
  }
  return out;
}
