// The who-said-what table the CLI prints for a reader.
import type { Analysis } from '../engine/types.ts';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatTable(text: string, analysis: Analysis): string {
  const lines: string[] = [];
  const bySpeaker = new Map<string, { type: string; statements: string[] }>();
  for (const q of analysis.quotes) {
    const name = q.speaker?.name ?? '(غير معروف)';
    const entry = bySpeaker.get(name) ?? { type: q.speaker?.type ?? '-', statements: [] };
    const said = text.slice(q.start, q.end).replace(/\s+/g, ' ');
    entry.statements.push(`  [${q.kind}] ${q.cue.text}: ${clip(said, 160)}`);
    bySpeaker.set(name, entry);
  }
  const speakers = [...bySpeaker.entries()].sort((a, b) => b[1].statements.length - a[1].statements.length);
  lines.push(
    `${analysis.quotes.length} statements, ${speakers.length} speakers, ${analysis.parties.length} parties`,
  );
  for (const [name, { type, statements }] of speakers) {
    lines.push('', `${name} (${type}) — ${statements.length}`, ...statements);
  }
  if (analysis.parties.length) {
    lines.push('', 'Parties:');
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const ps = analysis.parties.filter((p) => p.type === type);
      if (ps.length) lines.push(`  ${type}: ${ps.map((p) => `${p.name} (${p.mentions.length})`).join('، ')}`);
    }
  }
  if (analysis.notice) lines.push('', `notice: ${analysis.notice}`);
  return lines.join('\n');
}
