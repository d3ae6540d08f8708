// Narrowing the statement list: by speaker, by a party named in the statement or speaking it, by kind,
// and by words in the text, compared folded (diacritics, alef/ya/ta-marbuta forms, tatweel) as the
// engine compares them, so «الامم» finds «الأمم».
import { fold } from '../engine/normalise.ts';
import type { QuoteKind } from '../engine/types.ts';
import type { QuoteView } from '../messages.ts';
import { speakerKey } from './model.ts';

export interface StatementFilter {
  /** `speakerKey`, or null for every speaker. */
  speaker: string | null;
  /** Index in `PageReady.parties`, or null. */
  party: number | null;
  kind: QuoteKind | null;
  text: string;
}

export const NO_FILTER: StatementFilter = { speaker: null, party: null, kind: null, text: '' };

export function isFiltering(filter: StatementFilter): boolean {
  return filter.speaker !== null || filter.party !== null || filter.kind !== null || fold(filter.text) !== '';
}

/** Folded statement texts, computed once per page state (search runs on every keystroke). */
export function foldedTexts(quotes: readonly QuoteView[]): string[] {
  return quotes.map((quote) => fold(quote.text));
}

/** Indexes of the statements that pass the filter, in text order. */
export function filterStatements(
  quotes: readonly QuoteView[],
  folded: readonly string[],
  filter: StatementFilter,
): Set<number> {
  const words = fold(filter.text).split(' ').filter(Boolean);
  const kept = new Set<number>();
  quotes.forEach((quote, index) => {
    if (filter.speaker !== null && speakerKey(quote.speaker) !== filter.speaker) return;
    if (filter.kind !== null && quote.kind !== filter.kind) return;
    if (
      filter.party !== null &&
      quote.speaker?.partyId !== filter.party &&
      !quote.parties.includes(filter.party)
    )
      return;
    const text = folded[index] ?? '';
    if (words.every((word) => text.includes(word))) kept.add(index);
  });
  return kept;
}
