// Statements and the named parties inside them, for the views (popup, panel) and the history alike.
import type { Analysis, Span } from '../engine/types.ts';
import type { PartyView } from '../messages.ts';

/** Index of the statement containing the offset, or -1: statements are in text order and do not overlap. */
export function quoteIndexAt(quotes: readonly Span[], offset: number): number {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle];
    if (!quote) return -1;
    if (offset < quote.start) high = middle - 1;
    else if (offset >= quote.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** For each statement, the ids of the parties mentioned in it (a mention counts where it starts). */
export function partiesByQuote(analysis: Analysis): number[][] {
  const inside: number[][] = analysis.quotes.map(() => []);
  for (const party of analysis.parties) {
    for (const mention of party.mentions) {
      const named = inside[quoteIndexAt(analysis.quotes, mention.start)];
      if (named && named.at(-1) !== party.id) named.push(party.id);
    }
  }
  return inside;
}

/** Each party as the lists show it: name, type and how often the article names it. */
export function partySummaries(analysis: Analysis): PartyView[] {
  return analysis.parties.map((party) => ({
    name: party.name,
    type: party.type,
    count: party.mentions.length,
  }));
}
