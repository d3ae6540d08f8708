// Exports for a fact-checker's notes: JSON (everything), CSV (one row per statement, for a
// spreadsheet) and Markdown (for a write-up). Page text is data here: CSV cells that a spreadsheet
// would run as formulas are neutralised.
import { citationOf, dayOf } from './citation.ts';
import type { ArticleRecord } from './record.ts';

export const EXPORT_FORMAT_VERSION = 1;

export type ExportFormat = 'json' | 'csv' | 'md';

/** The formats as offered to the reader, by their own (untranslated) names. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; name: string }[] = [
  { format: 'json', name: 'JSON' },
  { format: 'csv', name: 'CSV' },
  { format: 'md', name: 'Markdown' },
];

export const MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

export function jsonOf(articles: readonly ArticleRecord[], exportedAt: Date): string {
  return `${JSON.stringify({ format: 'isnad', version: EXPORT_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), articles }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'speaker',
  'speaker_type',
  'kind',
  'cue',
  'text',
  'url',
  'outlet',
  'date',
  'title',
  'flag',
  'note',
] as const;

/** A leading =, +, -, @, tab or CR makes spreadsheets evaluate the cell: a quote mark keeps it text. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark (Excel reads Arabic only with it), CRLF rows as RFC 4180 has them. */
export function csvOf(articles: readonly ArticleRecord[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of articles) {
    for (const statement of article.statements) {
      rows.push([
        statement.speaker ?? '',
        statement.speakerType ?? '',
        statement.kind,
        statement.cue,
        statement.text,
        article.url,
        article.meta.outlet,
        dayOf(article.meta.published) ?? '',
        article.meta.title,
        statement.flag?.doubtful ? 'doubtful' : '',
        statement.flag?.note ?? '',
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Markdown control characters in page text would restyle the write-up: escape them. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function markdownOf(articles: readonly ArticleRecord[], unknownSpeaker: string): string {
  const out: string[] = [];
  for (const article of articles) {
    const date = dayOf(article.meta.published);
    out.push(`## ${markdownText(article.meta.title)}`, '');
    out.push(
      `${markdownText(article.meta.outlet)}${date ? `، ${date}` : ''} — <${encodeURI(article.url)}>`,
      '',
    );
    for (const statement of article.statements) {
      out.push(`- ${markdownText(citationOf(statement, { ...article, url: '' }, unknownSpeaker))}`);
      if (statement.flag?.doubtful || statement.flag?.note) {
        const mark = statement.flag.doubtful ? '⚠ ' : '';
        out.push(`  - ${mark}${markdownText(statement.flag.note)}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'article'
  );
}

/** isnad-<outlet>-<date>.<ext> for one article; isnad-<n>-articles-<today>.<ext> for several. */
export function exportFileName(
  articles: readonly ArticleRecord[],
  format: ExportFormat,
  today: Date,
): string {
  const [only] = articles;
  if (articles.length === 1 && only) {
    const date = dayOf(only.meta.published) ?? today.toISOString().slice(0, 10);
    return `isnad-${fileSlug(only.meta.outlet)}-${date}.${format}`;
  }
  return `isnad-${articles.length}-articles-${today.toISOString().slice(0, 10)}.${format}`;
}

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** The articles in one format, as the file the reader saves. */
export function exportFile(
  articles: readonly ArticleRecord[],
  format: ExportFormat,
  now: Date,
  unknownSpeaker: string,
): ExportFile {
  const text =
    format === 'json'
      ? jsonOf(articles, now)
      : format === 'csv'
        ? csvOf(articles)
        : markdownOf(articles, unknownSpeaker);
  return { name: exportFileName(articles, format, now), mime: MIME_TYPES[format], text };
}
