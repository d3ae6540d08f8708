// The scorer's JSON Lines contract (../shared/eval/SCHEMA.md) over an Analysis.
import type { Analysis } from '../engine/types.ts';

export interface ContractQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  cue: string;
}

export interface ContractEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}

export function toContract(id: unknown, analysis: Analysis) {
  const quotes: ContractQuote[] = analysis.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    cue: q.cue.text,
  }));
  const entities: ContractEntity[] = [];
  for (const p of analysis.parties) {
    for (const m of p.mentions) {
      entities.push({ start: m.start, end: m.end, text: m.form, type: p.type });
    }
  }
  return { id, quotes, entities };
}
