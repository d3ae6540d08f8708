// What the popup lists, derived from the page's state: speakers by number of statements, parties by type.
import type { PartyType, Speaker, SpeakerType } from '../engine/types.ts';
import type { PartyView, QuoteView } from '../messages.ts';

export interface SpeakerGroup {
  /** `speakerKey` of its statements' speaker. */
  key: string;
  /** null: the statements whose speaker could not be named. */
  name: string | null;
  type: SpeakerType | null;
  /** How the text introduced the speaker, title included («وزير الخارجية الروسي سيرجي لافروف»), if longer. */
  phrase?: string;
  statements: { index: number; quote: QuoteView }[];
}

/** One party is one speaker however the text named it at each statement («هاني سليمان», «سليمان»). */
export function speakerKey(speaker: Speaker | null): string {
  if (!speaker) return '';
  return speaker.partyId !== undefined ? `party:${speaker.partyId}` : `${speaker.type}:${speaker.name}`;
}

export function groupBySpeaker(quotes: readonly QuoteView[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  quotes.forEach((quote, index) => {
    const speaker = quote.speaker;
    const key = speakerKey(speaker);
    let group = groups.get(key);
    if (!group) {
      group = { key, name: speaker?.name ?? null, type: speaker?.type ?? null, statements: [] };
      groups.set(key, group);
    }
    if (speaker && group.name !== null && speaker.name.length > group.name.length) group.name = speaker.name;
    if (speaker?.phrase && speaker.phrase.length > (group.phrase?.length ?? 0)) group.phrase = speaker.phrase;
    group.statements.push({ index, quote });
  });
  const ordered = [...groups.values()];
  // Most statements first; ties keep the order of first appearance (sort is stable); unnamed last.
  ordered.sort(
    (a, b) => Number(a.name === null) - Number(b.name === null) || b.statements.length - a.statements.length,
  );
  return ordered;
}

export const PARTY_TYPES: readonly PartyType[] = ['PER', 'ORG', 'LOC'];

export function groupParties(parties: readonly PartyView[]): Map<PartyType, PartyView[]> {
  const byType = new Map<PartyType, PartyView[]>(PARTY_TYPES.map((type) => [type, []]));
  for (const party of parties) byType.get(party.type)?.push(party);
  for (const list of byType.values()) list.sort((a, b) => b.count - a.count);
  return byType;
}
