// Training a tagger model. Pass 1 sees sentences alone; pass 2 also sees what pass 1 tagged the
// same stems as elsewhere in the document. So that this evidence, and what the vocabulary says a
// stem was tagged as (unseen, mostly a person …), are as noisy in training as on new text, both
// come from the other parts of the training data (jackknifing): part j's documents are tagged by a
// pass-1 model that did not see them, and their stems are looked up in the other parts' vocabulary.
import { stripClitics } from '../../src/engine/tagger/clitics.ts';
import { documentFlags } from '../../src/engine/tagger/document.ts';
import { FeatureExtractor } from '../../src/engine/tagger/features.ts';
import { foldWord } from '../../src/engine/tagger/fold.ts';
import type { Gazetteer } from '../../src/engine/tagger/gazetteer.ts';
import { NameLikeness } from '../../src/engine/tagger/likeness.ts';
import {
  type Lookups,
  loadModel,
  type ModelFile,
  NO_LOOKUPS,
  saveModel,
  type TrainedWeights,
} from '../../src/engine/tagger/model.ts';
import { Tagger } from '../../src/engine/tagger/tagger.ts';
import { classOfCounts, GROUPS, Vocabulary } from '../../src/engine/tagger/vocabulary.ts';
import type { Sentence } from './corpus.ts';
import { type Example, train } from './perceptron.ts';

export interface TrainSettings {
  epochs: number;
  seed: number;
  bits: number;
  /**
   * Weights smaller than this many quantisation steps (the largest weight is 32767) are dropped
   * from the file: 300 keeps the model under 1 MB gzipped, at no cost in cross-validation.
   */
  minAbs: number;
  /** 1 = sentence features only; 2 = a document pass with its own weights; 3 = a document pass sharing them. */
  passes: number;
  /** Jackknife parts. */
  folds: number;
  /** Feature dropout while training. */
  dropout: number;
  /** Subtracted from the O score when decoding (score units): trades precision for recall. */
  outsideBias: number;
  /** Use the vocabulary features (stem unseen / what training tagged it as). */
  vocabulary: boolean;
  /** The final weights average this many runs over differently shuffled data. */
  bags: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  epochs: 10,
  seed: 20070101,
  bits: 18,
  minAbs: 300,
  passes: 3,
  folds: 5,
  dropout: 0.25,
  outsideBias: 2,
  vocabulary: true,
  bags: 3,
};

type Log = (line: string) => void;

function trainPass(examples: readonly Example[], settings: TrainSettings, log?: Log): TrainedWeights {
  return train(examples, { ...settings, log }).averaged();
}

/** Averages `settings.bags` runs with different shuffles. */
function trainBagged(examples: readonly Example[], settings: TrainSettings, log?: Log): TrainedWeights {
  const runs = Array.from({ length: Math.max(1, settings.bags) }, (_, k) =>
    trainPass(examples, { ...settings, seed: settings.seed + k * 7919 }, log),
  );
  if (runs.length === 1) return runs[0] as TrainedWeights;
  const mean = (pick: (w: TrainedWeights) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(runs[0] as TrainedWeights).length);
    for (const run of runs) {
      const w = pick(run);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (w[i] as number) / runs.length;
    }
    return out;
  };
  return { weights: mean((w) => w.weights), transitions: mean((w) => w.transitions) };
}

/** Tag index → tag group counted by the vocabulary: O, PER, ORG, LOC. */
const GROUP_OF_TAG = [0, 1, 1, 2, 2, 3, 3];

/** Every stem of the documents with what it was tagged as (see vocabulary.ts). */
function vocabularyOf(documents: readonly Sentence[][]): Vocabulary {
  const counts = new Map<string, Int32Array>();
  for (const doc of documents)
    for (const s of doc)
      s.words.forEach((w, i) => {
        const stem = stripClitics(foldWord(w).toLowerCase()).stem;
        let c = counts.get(stem);
        if (!c) {
          c = new Int32Array(GROUPS);
          counts.set(stem, c);
        }
        const g = GROUP_OF_TAG[s.tags[i] as number] as number;
        c[g] = (c[g] as number) + 1;
      });
  return Vocabulary.of([...counts].map(([stem, c]) => [stem, classOfCounts(c)]));
}

/** The vocabulary of `documents`, and the name likeness it and the gazetteer's names give. */
function lookupsOf(documents: readonly Sentence[][], gazetteer: Gazetteer | null): Lookups {
  const vocabulary = vocabularyOf(documents);
  const names = gazetteer ? Array.from(gazetteer.nameWords(), (w) => stripClitics(w).stem) : [];
  return { vocabulary, likeness: NameLikeness.train(names, vocabulary.ordinaryStems()) };
}

export function trainModel(
  documents: readonly Sentence[][],
  gazetteer: Gazetteer | null,
  settings: TrainSettings,
  log?: Log,
): ModelFile {
  const parts = Array.from({ length: settings.folds }, (_, part) => {
    const from = Math.floor((part * documents.length) / settings.folds);
    const to = Math.floor(((part + 1) * documents.length) / settings.folds);
    const lookups = settings.vocabulary
      ? lookupsOf(
          documents.filter((_, d) => d < from || d >= to),
          gazetteer,
        )
      : NO_LOOKUPS;
    return { from, to, lookups, extractor: new FeatureExtractor(gazetteer, lookups) };
  });
  const firstExamples: Example[][] = [];
  for (const part of parts)
    for (const doc of documents.slice(part.from, part.to))
      firstExamples.push(
        doc.map((s) => ({ features: part.extractor.extract(s.words), tags: Int32Array.from(s.tags) })),
      );
  const fullLookups = settings.vocabulary ? lookupsOf(documents, gazetteer) : NO_LOOKUPS;
  const save = (weights: TrainedWeights[], reuse = false): ModelFile =>
    saveModel(settings.bits, weights, settings.minAbs, settings.outsideBias, reuse, fullLookups);

  const shared = settings.passes === 3;
  let first: TrainedWeights | null = null;
  if (!shared) {
    log?.('pass 1');
    first = trainPass(firstExamples.flat(), settings, log);
    if (settings.passes < 2) return save([first]);
  }

  const secondExamples: Example[] = [];
  for (const [k, part] of parts.entries()) {
    const others = firstExamples.filter((_, d) => d < part.from || d >= part.to).flat();
    const weights = trainPass(others, settings);
    // never shipped: quantised as the shipped model is, but not pruned
    const quantised = saveModel(settings.bits, [weights], 1, 0, false, part.lookups);
    const tagger = new Tagger(loadModel(quantised), gazetteer);
    for (const doc of documents.slice(part.from, part.to)) {
      const words = doc.flatMap((s) => s.words);
      const flags = documentFlags(
        words.map((w) => tagger.extractor.info(w).stem),
        tagger.firstPass(words),
      );
      let at = 0;
      for (const s of doc) {
        const features = part.extractor.extract(s.words, flags.subarray(at, at + s.words.length));
        secondExamples.push({ features, tags: Int32Array.from(s.tags) });
        at += s.words.length;
      }
    }
    log?.(`jackknife part ${k + 1}/${settings.folds} tagged`);
  }
  if (shared || !first) {
    log?.('both passes');
    return save([trainBagged([...firstExamples.flat(), ...secondExamples], settings, log)], true);
  }
  log?.('pass 2');
  return save([first, trainPass(secondExamples, settings, log)]);
}

/** A command-line option's value: `--name value`. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Training settings from the command line, the defaults where an option is not given. */
export function settingsFromArgs(): TrainSettings {
  const number = (name: string, fallback: number) => Number(option(name, String(fallback)));
  return {
    epochs: number('epochs', DEFAULT_SETTINGS.epochs),
    bits: number('bits', DEFAULT_SETTINGS.bits),
    seed: number('seed', DEFAULT_SETTINGS.seed),
    minAbs: number('min-abs', DEFAULT_SETTINGS.minAbs),
    passes: number('passes', DEFAULT_SETTINGS.passes),
    folds: DEFAULT_SETTINGS.folds,
    dropout: number('dropout', DEFAULT_SETTINGS.dropout),
    outsideBias: number('bias', DEFAULT_SETTINGS.outsideBias),
    vocabulary: option('vocabulary', String(DEFAULT_SETTINGS.vocabulary)) !== 'false',
    bags: number('bags', DEFAULT_SETTINGS.bags),
  };
}
