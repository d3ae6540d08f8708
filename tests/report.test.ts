import { describe, expect, it } from 'vitest';
import { citationOf } from '../src/report/citation.ts';
import {
  CSV_COLUMNS,
  csvOf,
  exportFileName,
  jsonOf,
  markdownOf,
  neutraliseFormula,
} from '../src/report/export.ts';
import type { ArticleRecord } from '../src/report/record.ts';
import { parseCsv } from './csv.ts';

const article: ArticleRecord = {
  url: 'https://www.example.com/news/1?x=1',
  meta: { title: 'لافروف: لا حل عسكريا', outlet: 'رويترز', published: '2015-09-30T10:00:00.000Z' },
  statements: [
    {
      speaker: 'سيرجي لافروف',
      speakerType: 'PER',
      kind: 'direct',
      cue: 'وقال',
      text: '«لا حل عسكريا، "أبدا"»',
    },
    {
      speaker: null,
      speakerType: null,
      kind: 'indirect',
      cue: 'بحسب',
      text: '=HYPERLINK("http://evil","x")\nسطر ثان',
      flag: { doubtful: true, note: '@المصدر غير واضح' },
    },
  ],
  parties: [{ name: 'سيرجي لافروف', type: 'PER', count: 2 }],
};

describe('exports', () => {
  it('CSV: BOM, a header, one row per statement, Arabic intact, formulas neutralised', () => {
    const csv = csvOf([article, article]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]?.slice(0, 5)).toEqual(['سيرجي لافروف', 'PER', 'direct', 'وقال', '«لا حل عسكريا، "أبدا"»']);
    expect(rows[2]?.[4]).toBe('\'=HYPERLINK("http://evil","x")\nسطر ثان');
    expect(rows[2]?.slice(7)).toEqual([
      '2015-09-30',
      'لافروف: لا حل عسكريا',
      'doubtful',
      "'@المصدر غير واضح",
    ]);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('JSON carries the records and parses back', () => {
    const parsed = JSON.parse(jsonOf([article], new Date('2026-01-01T00:00:00Z')));
    expect(parsed).toMatchObject({ format: 'isnad', articles: [article] });
  });

  it('Markdown escapes page text that would restyle the write-up', () => {
    const hostile = { ...article, meta: { ...article.meta, title: '# <img src=x onerror=alert(1)> *bold*' } };
    const md = markdownOf([hostile], 'مجهول');
    expect(md).toContain('## \\# \\<img src=x onerror=alert(1)\\> \\*bold\\*');
    expect(md).toContain('— مجهول، رويترز، 2015-09-30');
    expect(md).toContain('⚠');
  });

  it('names files after the outlet and date', () => {
    const today = new Date('2026-11-29T00:00:00Z');
    expect(exportFileName([article], 'csv', today)).toBe('isnad-رويترز-2015-09-30.csv');
    expect(exportFileName([article, article], 'json', today)).toBe('isnad-2-articles-2026-11-29.json');
  });
});

describe('citationOf', () => {
  it('quotes the statement with speaker, outlet, date and URL', () => {
    const [first] = article.statements;
    if (!first) throw new Error('fixture');
    expect(citationOf(first, article, 'مجهول')).toBe(
      '«لا حل عسكريا، "أبدا"» — سيرجي لافروف، رويترز، 2015-09-30، https://www.example.com/news/1?x=1',
    );
  });
});
