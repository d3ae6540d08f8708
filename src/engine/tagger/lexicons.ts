// The engine's lexicons as gazetteer sources for the tagger's features.
import countries from '../lexicon/countries.json';
import firstnames from '../lexicon/firstnames.json';
import organisations from '../lexicon/organisations.json';
import people from '../lexicon/people.json';
import places from '../lexicon/places.json';
import { buildGazetteer, type Gazetteer, type LexiconEntry, type LexiconSources } from './gazetteer.ts';

export const LEXICON_SOURCES: LexiconSources = {
  countries,
  places,
  organisations,
  people: people as LexiconEntry[],
  firstnames: firstnames as LexiconSources['firstnames'],
};

let cached: Gazetteer | null = null;

export function defaultGazetteer(): Gazetteer {
  cached ??= buildGazetteer(LEXICON_SOURCES);
  return cached;
}
