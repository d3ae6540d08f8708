// A loaded tagger: features → scores → best BIO path → spans with a confidence. With a two-pass
// model the first pass's tags become document evidence for the second.
import { constrain, marginals, viterbi } from './decode.ts';
import { documentFlags } from './document.ts';
import { FeatureExtractor } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import { emissions, type LinearModel, type LoadedModel } from './model.ts';
import { type EntityType, spansOf, TAG_COUNT } from './tags.ts';

export interface TaggedSpan {
  /** Token index of the first word. */
  start: number;
  /** Token index after the last word. */
  end: number;
  type: EntityType;
  /** In [0, 1]: the model's probability that these words carry exactly these tags. */
  confidence: number;
}

/** Words that end a sentence; the model was trained sentence by sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
/** A longer run without a full stop is cut, so one huge "sentence" cannot blow up memory. */
const MAX_CHUNK = 400;
/** Softens the perceptron's scores into probabilities (in score units). */
const TEMPERATURE = 1;

/** [from, to) ranges of the sentences in `words`. */
export function sentenceRanges(words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (SENTENCE_END.has(words[i] as string) || i + 1 - from >= MAX_CHUNK || i === words.length - 1) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}

export class Tagger {
  readonly extractor: FeatureExtractor;
  private readonly transitions: Float64Array[];
  private readonly passes: readonly LinearModel[];
  private readonly outsideBias: number;

  constructor(model: LoadedModel, gazetteer: Gazetteer | null) {
    this.passes = model.passes;
    if (this.passes.length < 1 || this.passes.length > 2) throw new Error('a tagger model has one or two passes');
    this.outsideBias = model.outsideBias;
    this.extractor = new FeatureExtractor(gazetteer);
    this.transitions = this.passes.map((p) => constrain(p.transitions));
  }

  /** Best tags for every word, from the first pass only. */
  firstPass(words: readonly string[]): Int32Array {
    const tags = new Int32Array(words.length);
    const model = this.passes[0] as LinearModel;
    for (const [from, to] of sentenceRanges(words)) {
      const chunk = words.slice(from, to);
      const emit = emissions(model, this.extractor.extract(chunk), chunk.length);
      tags.set(viterbi(emit, this.transitions[0] as Float64Array, chunk.length), from);
    }
    return tags;
  }

  tag(words: readonly string[]): TaggedSpan[] {
    const out: TaggedSpan[] = [];
    const last = this.passes.length - 1;
    const docFlags =
      last > 0 ? documentFlags(words.map((w) => this.extractor.info(w).stem), this.firstPass(words)) : undefined;
    for (const [from, to] of sentenceRanges(words)) {
      const chunk = words.slice(from, to);
      const features = this.extractor.extract(chunk, docFlags?.subarray(from, to));
      const model = this.passes[last] as LinearModel;
      const emit = emissions(model, features, chunk.length);
      if (this.outsideBias !== 0) {
        const bias = this.outsideBias / model.scale;
        for (let i = 0; i < emit.length; i += TAG_COUNT) emit[i] = (emit[i] as number) - bias;
      }
      this.decode(emit, this.transitions[last] as Float64Array, this.passes[last] as LinearModel, from, out);
    }
    return out;
  }

  private decode(emit: Float64Array, trans: Float64Array, model: LinearModel, offset: number, out: TaggedSpan[]): void {
    const n = emit.length / TAG_COUNT;
    const tags = viterbi(emit, trans, n);
    const spans = spansOf(tags);
    if (spans.length === 0) return;
    const probs = marginals(emit, trans, n, TEMPERATURE / model.scale);
    for (const span of spans) {
      let confidence = 1;
      for (let i = span.start; i < span.end; i++)
        confidence = Math.min(confidence, probs[i * TAG_COUNT + (tags[i] as number)] as number);
      // the word after the span must not continue it
      if (span.end < n) {
        const inside = (tags[span.start] as number) + 1;
        confidence = Math.min(confidence, 1 - (probs[span.end * TAG_COUNT + inside] as number));
      }
      out.push({ start: span.start + offset, end: span.end + offset, type: span.type, confidence });
    }
  }
}
