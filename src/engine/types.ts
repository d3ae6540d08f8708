// The engine's public types. Offsets are JavaScript string indices (UTF-16 code units) into the
// text given to `analyze`, end exclusive.

export interface Span {
  start: number;
  end: number;
}

/** A named party's type: person, organisation, or place/country. */
export type PartyType = 'PER' | 'ORG' | 'LOC';

/** Who can speak: a named party, a document (statement, report, draft resolution) or an unnamed source. */
export type SpeakerType = PartyType | 'DOC' | 'ANON';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface PartyMention extends Span {
  /** The surface as the reader should see it: the span's text, with the article put back in «للأمم» → «الأمم». */
  form: string;
}

export interface Party {
  /** Index of this party in `Analysis.parties`. */
  id: number;
  /** The fullest name the text gives, as written there (clitics stripped). */
  name: string;
  type: PartyType;
  /** Every distinct surface form, clitics stripped, in order of first appearance. */
  forms: string[];
  /** Every mention, in text order; a mention never includes a proclitic (و، ب، ل، ال of للـ…). */
  mentions: PartyMention[];
}

/** How a statement's speaker was found. */
export type SpeakerResolution =
  | 'named' // the speaker is named in the statement's own sentence
  | 'pronoun' // a bare verb or pronoun, resolved to an earlier speaker
  | 'source' // a sourcing phrase: بحسب، وفقا لـ، نقلا عن
  | 'none'; // nobody could be named; better none than a wrong one

export interface Speaker {
  /** The name as the reader should see it: «سيرجي لافروف», «مصدر أمني», «مشروع قرار». */
  name: string;
  type: SpeakerType;
  /** The party this speaker is, when it is a named party. */
  partyId?: number;
  /** The longer phrase the text used at the speaking place, title included, when it differs. */
  phrase?: string;
}

export interface Quote extends Span {
  kind: QuoteKind;
  /** The reporting word as written («وقال», «بحسب», «:») and its span. */
  cue: { text: string; start: number; end: number };
  /** Where the speaker is named for this statement, when named in its own sentence. */
  speakerMention?: Span;
  speaker: Speaker | null;
  resolution: SpeakerResolution;
}

export interface Analysis {
  /** Engine version, for cache keys. */
  version: string;
  /** Length of the analysed text. */
  length: number;
  /** Statements in text order. */
  quotes: Quote[];
  /** Distinct named parties, in order of first mention. */
  parties: Party[];
  /** Set when the input was cut or not analysed (too large, not Arabic); the result is still valid. */
  notice?: 'empty' | 'not-arabic' | 'truncated';
}
