import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { HistoryStore, historyArticle } from '../src/background/history.ts';
import { HistoryIndex } from '../src/background/history-index.ts';
import { analyze } from '../src/engine/index.ts';
import type { PageMeta } from '../src/messages.ts';
import { csvOf } from '../src/report/export.ts';
import { LAVROV_PARAGRAPHS } from './e2e/extension-pages.ts';
import { seedText } from './e2e/fixtures.ts';

const OWN_ARTICLE = LAVROV_PARAGRAPHS.join(' ');

function meta(title: string, outlet = 'أخبار'): PageMeta {
  return { title, outlet, published: '2024-03-01T10:00:00.000Z' };
}

let count = 0;
function store(): HistoryStore {
  count += 1;
  return new HistoryStore(`history-test-${count}`);
}

function entry(url: string, text: string, title: string, visited: number) {
  return historyArticle(url, meta(title), text, analyze(text), visited);
}

describe('historyArticle', () => {
  it('keeps title, outlet, the URL without fragment, speakers, statements and the parties inside each', () => {
    const article = entry('https://www.bbc.com/arabic/a?utm_source=x#top', OWN_ARTICLE, 'حوار', 1);
    expect(article.key).toBe('https://www.bbc.com/arabic/a');
    expect(article.url).toBe('https://www.bbc.com/arabic/a?utm_source=x');
    expect(article.host).toBe('www.bbc.com');
    expect(article.statements.map((statement) => statement.speaker)).toContain('سيرغي لافروف');
    const second = article.statements.find((statement) => statement.text.includes('الأمم المتحدة'));
    expect(second?.parties.map((id) => article.parties[id]?.name)).toContain('الأمم المتحدة');
    expect(article.bytes).toBeGreaterThan(100);
  });
});

describe('HistoryStore', () => {
  it('replaces an article on a new visit, keeps the newest within the bound, and removes by article, site, all', async () => {
    const history = store();
    expect(await history.record(entry('https://a.com/1', OWN_ARTICLE, 'one', 1), 2)).toEqual([]);
    expect(await history.record(entry('https://a.com/1?fbclid=z', OWN_ARTICLE, 'one again', 2), 2)).toEqual(
      [],
    );
    expect(await history.record(entry('https://b.com/2', OWN_ARTICLE, 'two', 3), 2)).toEqual([]);
    expect(await history.record(entry('https://b.com/3', OWN_ARTICLE, 'three', 4), 2)).toEqual([
      'https://a.com/1',
    ]);
    expect((await history.all()).map((article) => article.meta.title)).toEqual(['two', 'three']);
    await history.record(entry('https://c.com/4', OWN_ARTICLE, 'four', 5), 10);
    expect(await history.remove({ kind: 'article', key: 'https://c.com/4' })).toEqual(['https://c.com/4']);
    expect(await history.remove({ kind: 'site', host: 'b.com' })).toHaveLength(2);
    await history.record(entry('https://c.com/5', OWN_ARTICLE, 'five', 6), 10);
    expect(await history.trim(0)).toEqual(['https://c.com/5']);
    await history.record(entry('https://c.com/6', OWN_ARTICLE, 'six', 7), 10);
    expect(await history.remove({ kind: 'all' })).toEqual(['https://c.com/6']);
    expect(await history.all()).toEqual([]);
  });

  it('keeps nothing with a bound of 0, and a failed write gives null, never an exception', async () => {
    const history = store();
    expect(await history.record(entry('https://a.com/1', OWN_ARTICLE, 'one', 1), 0)).toBeNull();
    expect(await history.all()).toEqual([]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(await history.record(entry('https://a.com/2', OWN_ARTICLE, 'two', 2), 10)).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('HistoryIndex', () => {
  const seed = entry('https://www.bbc.com/arabic/seed', seedText(), 'seed', 10);
  const own = entry('https://www.alyaum.com/own', OWN_ARTICLE, 'own', 20);
  const index = new HistoryIndex([seed, own]);

  it('finds a speaker across articles whatever the spelling, newest article first', () => {
    for (const typed of ['لافروف', 'سيرغي لافروف', 'سيرجى لافروف']) {
      const { hits, articles } = index.search({ speaker: typed }, 0, 100);
      expect(articles).toBe(2);
      expect(hits[0]?.key).toBe(own.key);
      expect(new Set(hits.map((hit) => hit.speakerGroup)).size).toBe(1);
    }
    const lavrov = index.overview().speakers.find((speaker) => speaker.name.includes('لافروف'));
    expect(lavrov?.articles).toBe(2);
  });

  it('finds by party and by text, folded, and pages through results', () => {
    const byParty = index.search({ party: 'الامم المتحدة' }, 0, 100);
    expect(
      byParty.hits.every((hit) => hit.text.includes('الأمم المتحدة') || hit.speaker?.includes('الأمم')),
    ).toBe(true);
    expect(byParty.total).toBeGreaterThan(0);
    const byText = index.search({ text: 'قنوات' }, 0, 100);
    expect(byText.hits.length).toBeGreaterThan(0);
    expect(byText.hits.every((hit) => hit.key === seed.key)).toBe(true);
    const all = index.search({}, 0, 1000);
    expect(all.total).toBe(seed.statements.length + own.statements.length);
    expect(index.search({}, 1, 2).hits).toEqual(all.hits.slice(1, 3));
    expect(index.search({ since: 15 }, 0, 100).articles).toBe(1);
    expect(index.search({ host: 'www.bbc.com' }, 0, 100).total).toBe(seed.statements.length);
  });

  it('exports the matching statements only, as records the report module writes (one CSV row each)', () => {
    const records = index.records({ speaker: 'لافروف' }, undefined);
    const rows = records.reduce((sum, record) => sum + record.statements.length, 0);
    expect(rows).toBe(index.search({ speaker: 'لافروف' }, 0, 100).total);
    expect(csvOf(records).trim().split('\r\n')).toHaveLength(rows + 1);
    expect(index.records(undefined, [seed.key]).map((record) => record.url)).toEqual([seed.url]);
    expect(JSON.stringify(records)).not.toContain('"parties":[0');
  });

  it('forgets removed articles', () => {
    const copy = new HistoryIndex([seed, own]);
    copy.remove([own.key]);
    expect(copy.search({ speaker: 'لافروف' }, 0, 100).articles).toBe(1);
    expect(copy.size).toBe(1);
  });
});
