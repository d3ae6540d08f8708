// The engine's lexicons as gazetteer sources for the tagger's features.
import { lexicon } from '../lexicon.ts';
import { type Gazetteer, gazetteerOf } from './gazetteer.ts';

let cached: Gazetteer | null = null;

export function defaultGazetteer(): Gazetteer {
  cached ??= gazetteerOf(lexicon());
  return cached;
}
