// A loaded tagger: features → scores → best BIO path → spans with a confidence. With a two-pass
// model the first pass's tags become document evidence for the second.
import { constrain, maxMarginals, viterbi } from './decode.ts';
import { documentFlags, withRepeatedNames } from './document.ts';
import { FeatureExtractor, type SentenceView, type WordInfo } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { LinearModel, LoadedModel } from './model.ts';
import { addDocumentScores, scoreSentence } from './scorer.ts';
import { type EntityType, spansOf, TAG_COUNT } from './tags.ts';

export interface TaggedSpan {
  /** Token index of the first word. */
  start: number;
  /** Token index after the last word. */
  end: number;
  type: EntityType;
  /**
   * In [0, 1]: how far ahead the best reading is of the best reading that tags any of these words
   * (or the word after) otherwise, squashed; 0.5 = a tie.
   */
  confidence: number;
}

/** Words that end a sentence; the model was trained sentence by sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
/** A longer run without a full stop is cut, so one huge "sentence" cannot blow up memory. */
const MAX_CHUNK = 400;
/** Score margin (in score units) that counts as e:1 sure. */
const TEMPERATURE = 20;

/** [from, to) ranges of the sentences in `words`. */
export function sentenceRanges(words: readonly { folded: string }[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (
      SENTENCE_END.has((words[i] as { folded: string }).folded) ||
      i + 1 - from >= MAX_CHUNK ||
      i === words.length - 1
    ) {
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
    if (this.passes.length < 1 || this.passes.length > 2)
      throw new Error('a tagger model has one or two passes');
    this.outsideBias = model.outsideBias;
    this.extractor = new FeatureExtractor(gazetteer, model);
    this.transitions = this.passes.map((p) => constrain(p.transitions));
  }

  /** Best tags for every word, from the first pass only. */
  firstPass(words: readonly string[]): Int32Array {
    const infos = words.map((w) => this.extractor.info(w));
    return this.firstPassOver(infos, sentenceRanges(infos)).tags;
  }

  private firstPassOver(
    infos: WordInfo[],
    ranges: Array<[number, number]>,
  ): { tags: Int32Array; emissions: Float64Array[]; views: SentenceView[] } {
    const tags = new Int32Array(infos.length);
    const model = this.passes[0] as LinearModel;
    const views = ranges.map(([from, to]) => this.extractor.viewOf(infos.slice(from, to)));
    const emissions = ranges.map(([from, to], k) => {
      const emit = scoreSentence(model, views[k] as SentenceView);
      tags.set(viterbi(emit, this.transitions[0] as Float64Array, to - from), from);
      return emit;
    });
    return { tags, emissions, views };
  }

  tag(words: readonly string[]): TaggedSpan[] {
    const out: TaggedSpan[] = [];
    const infos = words.map((w) => this.extractor.info(w));
    const stems = infos.map((i) => i.stem);
    const ranges = sentenceRanges(infos);
    const last = this.passes.length - 1;
    const model = this.passes[last] as LinearModel;
    let firstEmissions: Float64Array[] | null = null;
    let firstViews: SentenceView[] | null = null;
    let docFlags: Uint32Array | undefined;
    if (last > 0) {
      const first = this.firstPassOver(infos, ranges);
      firstViews = first.views;
      docFlags = documentFlags(stems, first.tags);
      // shared weights: the second pass only adds the document features to the first's scores
      if (this.passes[0] === model) firstEmissions = first.emissions;
    }
    ranges.forEach(([from, to], k) => {
      const document = docFlags?.subarray(from, to);
      const seen = firstViews?.[k];
      const view = seen ? { ...seen, document } : this.extractor.viewOf(infos.slice(from, to), document);
      const emit = firstEmissions
        ? addDocumentScores(model, view, firstEmissions[k] as Float64Array)
        : scoreSentence(model, view);
      if (this.outsideBias !== 0) {
        const bias = this.outsideBias / model.scale;
        for (let i = 0; i < emit.length; i += TAG_COUNT) emit[i] = (emit[i] as number) - bias;
      }
      this.decode(emit, this.transitions[last] as Float64Array, model, from, out);
    });
    return withRepeatedNames(out, stems);
  }

  private decode(
    emit: Float64Array,
    trans: Float64Array,
    model: LinearModel,
    offset: number,
    out: TaggedSpan[],
  ): void {
    const n = emit.length / TAG_COUNT;
    const tags = viterbi(emit, trans, n);
    const spans = spansOf(tags);
    if (spans.length === 0) return;
    const best = maxMarginals(emit, trans, n);
    const sure = (i: number, tag: number): number => {
      let runnerUp = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < TAG_COUNT; t++)
        if (t !== tag) runnerUp = Math.max(runnerUp, best[i * TAG_COUNT + t] as number);
      return (best[i * TAG_COUNT + tag] as number) - runnerUp;
    };
    for (const span of spans) {
      let margin = Number.POSITIVE_INFINITY;
      for (let i = span.start; i <= span.end && i < n; i++)
        margin = Math.min(margin, sure(i, tags[i] as number));
      const confidence = 1 / (1 + Math.exp((-margin * model.scale) / TEMPERATURE));
      out.push({ start: span.start + offset, end: span.end + offset, type: span.type, confidence });
    }
  }
}
