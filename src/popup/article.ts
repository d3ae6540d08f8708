// The page's state as the report module takes it: an article record with the reader's flags.
import type { Analysis } from '../engine/types.ts';
import type { PageReady, QuoteView, StoredFlag } from '../messages.ts';
import type { ArticleRecord, StatementFlag, StatementRecord } from '../report/record.ts';

export function statementRecord(quote: QuoteView, flag?: StatementFlag): StatementRecord {
  return {
    speaker: quote.speaker?.name ?? null,
    speakerType: quote.speaker?.type ?? null,
    kind: quote.kind,
    cue: quote.cue,
    text: quote.text,
    ...(flag ? { flag } : {}),
  };
}

export function articleRecord(
  state: PageReady,
  flags: ReadonlyMap<number, StoredFlag>,
  analysis?: Analysis,
): ArticleRecord {
  return {
    url: state.url,
    meta: state.meta,
    statements: state.quotes.map((quote, index) => statementRecord(quote, flags.get(index)?.flag)),
    parties: state.parties.map(({ name, type, count }) => ({ name, type, count })),
    ...(analysis ? { analysis } : {}),
  };
}
