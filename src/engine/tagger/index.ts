// The engine's named-entity tagger: words in, PER/ORG/LOC spans out. The model (trained on
// ANERcorp, see model.ts CREDITS) is decoded once, on the first call.
import modelFile from '../lexicon/ner-model.json';
import { defaultGazetteer } from './lexicons.ts';
import { loadModel, type ModelFile } from './model.ts';
import { type TaggedSpan, Tagger } from './tagger.ts';

export { CREDITS } from './model.ts';
export type { TaggedSpan } from './tagger.ts';

let tagger: Tagger | null = null;

/** Builds a tagger from a model file's contents (the committed one by default). */
export function createTagger(file: ModelFile = modelFile as ModelFile): Tagger {
  return new Tagger(loadModel(file), defaultGazetteer());
}

/**
 * Entity spans over `words` (token indices, end exclusive), non-overlapping, in order. Words are
 * as written, clitics attached; punctuation may come as words of its own.
 */
export function tagTokens(words: readonly string[]): TaggedSpan[] {
  tagger ??= createTagger();
  return tagger.tag(words);
}
