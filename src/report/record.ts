// What leaves the extension in an export or a citation: articles with their statements, as the
// reader reviewed them (flags included). Built from the popup's view or from the history.
import type { Analysis, QuoteKind, SpeakerType } from '../engine/types.ts';
import type { PageMeta, PartyView } from '../messages.ts';

/** A fact-checker's mark on one statement. */
export interface StatementFlag {
  doubtful: boolean;
  note: string;
}

export interface StatementRecord {
  speaker: string | null;
  speakerType: SpeakerType | null;
  kind: QuoteKind;
  cue: string;
  text: string;
  /** Where the statement lies in the analysed article text (the flags are matched by it). */
  start?: number;
  end?: number;
  flag?: StatementFlag;
}

export interface ArticleRecord {
  url: string;
  meta: PageMeta;
  statements: StatementRecord[];
  parties: PartyView[];
  /** The engine's full result, when the exporter has it (the current article). */
  analysis?: Analysis;
}
