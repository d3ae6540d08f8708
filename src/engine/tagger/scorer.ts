// Emission scores at tagging time. The summed weights of a word's one-word features in each role
// are cached on the word, so a token costs five vector additions plus its few context features.
import {
  contextFeatures,
  documentFeatures,
  EDGE,
  ROLE_COUNT,
  ROLE_OFFSETS,
  type SentenceView,
  type WordInfo,
} from './features.ts';
import type { LinearModel } from './model.ts';
import { TAG_COUNT } from './tags.ts';

/** A word keeps scores for this many models at most (EDGE is shared by every model). */
const MODELS_PER_WORD = 4;

function roleScores(info: WordInfo, model: LinearModel): Float32Array {
  const cache = info.scoreCache;
  for (let k = 0; k < cache.length; k++) {
    const c = cache[k] as { model: object; scores: Float32Array };
    if (c.model === model) return c.scores;
  }
  const scores = new Float32Array(ROLE_COUNT * TAG_COUNT);
  const { weights, mask } = model;
  for (let role = 0; role < ROLE_COUNT; role++) {
    for (const h of info.roles[role] as Uint32Array) {
      const base = (h & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++)
        scores[role * TAG_COUNT + t] =
          (scores[role * TAG_COUNT + t] as number) + (weights[base + t] as number);
    }
  }
  if (cache.length >= MODELS_PER_WORD) cache.shift();
  cache.push({ model, scores });
  return scores;
}

function addFeatures(model: LinearModel, sink: readonly number[], out: Float64Array, row: number): void {
  const { weights, mask } = model;
  for (let k = 0; k < sink.length; k++) {
    const base = ((sink[k] as number) & mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++)
      out[row + t] = (out[row + t] as number) + (weights[base + t] as number);
  }
}

/** Adds the document-pass features' scores to emissions computed without them. */
export function addDocumentScores(model: LinearModel, view: SentenceView, out: Float64Array): Float64Array {
  const sink: number[] = [];
  for (let i = 0; i < view.infos.length; i++) {
    sink.length = 0;
    documentFeatures(view, i, sink);
    addFeatures(model, sink, out, i * TAG_COUNT);
  }
  return out;
}

/** n × TAG_COUNT emission scores in weight units; equal to emissions() over extract(). */
export function scoreSentence(model: LinearModel, view: SentenceView): Float64Array {
  const n = view.infos.length;
  const out = new Float64Array(n * TAG_COUNT);
  const sink: number[] = [];
  const infos = view.infos;
  for (let i = 0; i < n; i++) {
    const row = i * TAG_COUNT;
    for (let role = 0; role < ROLE_COUNT; role++) {
      const at = i + (ROLE_OFFSETS[role] as number);
      const info = at >= 0 && at < n ? (infos[at] as WordInfo) : EDGE;
      const scores = roleScores(info, model);
      const from = role * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++)
        out[row + t] = (out[row + t] as number) + (scores[from + t] as number);
    }
    sink.length = 0;
    contextFeatures(view, i, sink);
    documentFeatures(view, i, sink);
    addFeatures(model, sink, out, row);
  }
  return out;
}
