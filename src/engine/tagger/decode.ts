// First-order decoding over the BIO tags: Viterbi for the best sequence, max-marginals for how
// sure the model is of each word's tag.
import { allowed, TAG_COUNT } from './tags.ts';

const START = TAG_COUNT;
const FORBIDDEN = Number.NEGATIVE_INFINITY;

/** Transition table with forbidden moves set to -Infinity: (TAG_COUNT + 1) rows of TAG_COUNT. */
export function constrain(transitions: Float64Array): Float64Array {
  const out = Float64Array.from(transitions);
  for (let p = 0; p <= TAG_COUNT; p++) {
    for (let t = 0; t < TAG_COUNT; t++)
      if (!allowed(p === START ? -1 : p, t)) out[p * TAG_COUNT + t] = FORBIDDEN;
  }
  return out;
}

/** Best tag sequence for emission scores (n × TAG_COUNT) under constrained transitions. */
export function viterbi(emit: Float64Array, trans: Float64Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * TAG_COUNT);
  const back = new Int32Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++)
    score[t] = (trans[START * TAG_COUNT + t] as number) + (emit[t] as number);
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * TAG_COUNT;
    const row = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = FORBIDDEN;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        const s = (score[prevRow + p] as number) + (trans[p * TAG_COUNT + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + (emit[row + t] as number);
      back[row + t] = arg;
    }
  }
  let best = FORBIDDEN;
  let arg = 0;
  const last = (n - 1) * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    if ((score[last + t] as number) > best) {
      best = score[last + t] as number;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * TAG_COUNT + arg] as number;
  }
  return tags;
}

/**
 * Max-marginals: out[i·T + t] = score of the best whole sequence that gives word i the tag t.
 * The gap between the best and the runner-up at a word is how sure the model is of that word.
 */
export function maxMarginals(emit: Float64Array, trans: Float64Array, n: number): Float64Array {
  const fwd = new Float64Array(n * TAG_COUNT);
  const bwd = new Float64Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) fwd[t] = (trans[START * TAG_COUNT + t] as number) + (emit[t] as number);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = FORBIDDEN;
      for (let p = 0; p < TAG_COUNT; p++) {
        const s = (fwd[(i - 1) * TAG_COUNT + p] as number) + (trans[p * TAG_COUNT + t] as number);
        if (s > best) best = s;
      }
      fwd[i * TAG_COUNT + t] = best + (emit[i * TAG_COUNT + t] as number);
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < TAG_COUNT; p++) {
      let best = FORBIDDEN;
      for (let t = 0; t < TAG_COUNT; t++) {
        const s =
          (trans[p * TAG_COUNT + t] as number) +
          (emit[(i + 1) * TAG_COUNT + t] as number) +
          (bwd[(i + 1) * TAG_COUNT + t] as number);
        if (s > best) best = s;
      }
      bwd[i * TAG_COUNT + p] = best;
    }
  }
  for (let k = 0; k < fwd.length; k++) fwd[k] = (fwd[k] as number) + (bwd[k] as number);
  return fwd;
}
