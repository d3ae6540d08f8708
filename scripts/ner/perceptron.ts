// Averaged structured perceptron over hashed features, trained sentence by sentence.

import { constrain, viterbi } from '../../src/engine/tagger/decode.ts';
import type { FeatureMatrix } from '../../src/engine/tagger/features.ts';
import { emissions, type LinearModel } from '../../src/engine/tagger/model.ts';
import { TAG_COUNT } from '../../src/engine/tagger/tags.ts';

export interface Example {
  features: FeatureMatrix;
  tags: Int32Array;
}

const START = TAG_COUNT;

/** Deterministic PRNG (mulberry32) so a training run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function thin(features: FeatureMatrix, keep: () => boolean): FeatureMatrix {
  const { hashes, offsets } = features;
  const kept = new Uint32Array(hashes.length);
  const starts = new Int32Array(offsets.length);
  let len = 0;
  for (let i = 0; i + 1 < offsets.length; i++) {
    starts[i] = len;
    for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f++)
      if (keep()) kept[len++] = hashes[f] as number;
  }
  starts[offsets.length - 1] = len;
  return { hashes: kept.subarray(0, len), offsets: starts };
}

export class AveragedPerceptron {
  readonly model: LinearModel;
  private readonly weights: Float64Array;
  private readonly transitions: Float64Array;
  /** Sum over updates of step × delta, for averaging without touching every weight each step. */
  private readonly weightSteps: Float64Array;
  private readonly transitionSteps: Float64Array;
  private step = 1;

  constructor(readonly bits: number) {
    this.weights = new Float64Array(2 ** bits * TAG_COUNT);
    this.weightSteps = new Float64Array(this.weights.length);
    this.transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
    this.transitionSteps = new Float64Array(this.transitions.length);
    this.model = {
      bits,
      mask: 2 ** bits - 1,
      weights: this.weights,
      transitions: this.transitions,
      scale: 1,
    };
  }

  /**
   * One pass over one sentence; returns the number of wrongly tagged tokens. With `keep` given,
   * each feature occurrence takes part only when keep() is true (feature dropout), so that the
   * model cannot lean on one memorised word alone.
   */
  learn(example: Example, keep?: () => boolean): number {
    const n = example.tags.length;
    const features = keep ? thin(example.features, keep) : example.features;
    const emit = emissions(this.model, features, n);
    const predicted = viterbi(emit, constrain(this.transitions), n);
    let errors = 0;
    const { hashes, offsets } = features;
    for (let i = 0; i < n; i++) {
      const gold = example.tags[i] as number;
      const guess = predicted[i] as number;
      if (gold !== guess) {
        errors++;
        for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f++) {
          const base = ((hashes[f] as number) & this.model.mask) * TAG_COUNT;
          this.bump(this.weights, this.weightSteps, base + gold, 1);
          this.bump(this.weights, this.weightSteps, base + guess, -1);
        }
      }
      const goldPrev = i === 0 ? START : (example.tags[i - 1] as number);
      const guessPrev = i === 0 ? START : (predicted[i - 1] as number);
      if (goldPrev !== guessPrev || gold !== guess) {
        this.bump(this.transitions, this.transitionSteps, goldPrev * TAG_COUNT + gold, 1);
        this.bump(this.transitions, this.transitionSteps, guessPrev * TAG_COUNT + guess, -1);
      }
    }
    this.step++;
    return errors;
  }

  private bump(target: Float64Array, steps: Float64Array, index: number, delta: number): void {
    target[index] = (target[index] as number) + delta;
    steps[index] = (steps[index] as number) + this.step * delta;
  }

  /** The averaged weights and transitions. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const avg = (w: Float64Array, s: Float64Array): Float64Array =>
      w.map((v, i) => v - (s[i] as number) / this.step);
    return {
      weights: avg(this.weights, this.weightSteps),
      transitions: avg(this.transitions, this.transitionSteps),
    };
  }
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  bits: number;
  /** Probability of dropping a feature occurrence in a training step. */
  dropout: number;
  log?: (line: string) => void;
}

export function train(examples: readonly Example[], options: TrainOptions): AveragedPerceptron {
  const perceptron = new AveragedPerceptron(options.bits);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const example = examples[k] as Example;
      errors += perceptron.learn(
        example,
        options.dropout > 0 ? () => random() >= options.dropout : undefined,
      );
      tokens += example.tags.length;
    }
    options.log?.(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)}% tokens wrong`);
  }
  return perceptron;
}
