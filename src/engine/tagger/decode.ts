// First-order decoding over the BIO tags: Viterbi for the best sequence, forward-backward for
// per-token tag probabilities (the scores read as log-potentials at a fixed temperature).
import { allowed, TAG_COUNT } from './tags.ts';

const START = TAG_COUNT;
const FORBIDDEN = Number.NEGATIVE_INFINITY;

/** Transition table with forbidden moves set to -Infinity: (TAG_COUNT + 1) rows of TAG_COUNT. */
export function constrain(transitions: Float64Array): Float64Array {
  const out = Float64Array.from(transitions);
  for (let p = 0; p <= TAG_COUNT; p++) {
    for (let t = 0; t < TAG_COUNT; t++) if (!allowed(p === START ? -1 : p, t)) out[p * TAG_COUNT + t] = FORBIDDEN;
  }
  return out;
}

/** Best tag sequence for emission scores (n × TAG_COUNT) under constrained transitions. */
export function viterbi(emit: Float64Array, trans: Float64Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * TAG_COUNT);
  const back = new Int32Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) score[t] = (trans[START * TAG_COUNT + t] as number) + (emit[t] as number);
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

function logSumExp(values: Float64Array): number {
  let max = FORBIDDEN;
  for (const v of values) if (v > max) max = v;
  if (max === FORBIDDEN) return FORBIDDEN;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** P(tag at i = t), n × TAG_COUNT, treating score / temperature as a log-potential. */
export function marginals(emit: Float64Array, trans: Float64Array, n: number, temperature: number): Float64Array {
  const k = 1 / temperature;
  const alpha = new Float64Array(n * TAG_COUNT);
  const beta = new Float64Array(n * TAG_COUNT);
  const terms = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) alpha[t] = k * ((trans[START * TAG_COUNT + t] as number) + (emit[t] as number));
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      for (let p = 0; p < TAG_COUNT; p++)
        terms[p] = (alpha[(i - 1) * TAG_COUNT + p] as number) + k * (trans[p * TAG_COUNT + t] as number);
      alpha[i * TAG_COUNT + t] = logSumExp(terms) + k * (emit[i * TAG_COUNT + t] as number);
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < TAG_COUNT; p++) {
      for (let t = 0; t < TAG_COUNT; t++)
        terms[t] =
          k * ((trans[p * TAG_COUNT + t] as number) + (emit[(i + 1) * TAG_COUNT + t] as number)) +
          (beta[(i + 1) * TAG_COUNT + t] as number);
      beta[i * TAG_COUNT + p] = logSumExp(terms);
    }
  }
  const out = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) terms[t] = (alpha[i * TAG_COUNT + t] as number) + (beta[i * TAG_COUNT + t] as number);
    const z = logSumExp(terms);
    for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] = Math.exp((terms[t] as number) - z);
  }
  return out;
}
