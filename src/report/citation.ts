// One statement as a fact-checker pastes it into her notes: «…» — speaker، outlet، date، URL.
import type { ArticleRecord, StatementRecord } from './record.ts';

const MAX_CITED_CHARS = 600;

/** The date part (YYYY-MM-DD) of an ISO date-time, as the page declared it. */
export function dayOf(published: string | undefined): string | undefined {
  return published?.slice(0, 10);
}

const PAIRS: Record<string, string> = { '«': '»', '"': '"', '“': '”' };

/** A direct statement carries its own marks; the citation puts «» around every statement once. */
function withoutOuterMarks(text: string): string {
  const close = PAIRS[text[0] ?? ''];
  return close !== undefined && text.length > 1 && text.endsWith(close) ? text.slice(1, -1) : text;
}

export function citationOf(
  statement: StatementRecord,
  article: ArticleRecord,
  unknownSpeaker: string,
): string {
  const text = withoutOuterMarks(statement.text.trim());
  const clipped = text.length > MAX_CITED_CHARS ? `${text.slice(0, MAX_CITED_CHARS)}…` : text;
  const source = [
    statement.speaker ?? unknownSpeaker,
    article.meta.outlet,
    dayOf(article.meta.published),
    article.url,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join('، ');
  return `«${clipped}» — ${source}`;
}
