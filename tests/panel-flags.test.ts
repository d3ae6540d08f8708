import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisCache } from '../src/background/cache.ts';
import { FlagStore } from '../src/background/flags.ts';
import type { Analysis } from '../src/engine/types.ts';
import { statementKey } from '../src/report/identity.ts';

const URL_A = 'https://www.example.com/news/1?utm_source=x';
const KEY = statementKey({ start: 10, end: 30, text: '«لا حل عسكريا»' });
const OTHER = statementKey({ start: 40, end: 60, text: '«نعم»' });
let stores: { close(): Promise<void> }[] = [];

function open<T extends { close(): Promise<void> }>(store: T): T {
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.map((store) => store.close()));
  stores = [];
});

describe('FlagStore', () => {
  it('puts the flags on exported statements, by place or by text', async () => {
    const flags = open(new FlagStore(`flags-${Math.random()}`));
    await flags.set(URL_A, KEY, { doubtful: true, note: 'مصدر؟' });
    const statement = { speaker: 'س', speakerType: 'PER' as const, kind: 'direct' as const, cue: 'قال' };
    const article = {
      url: 'https://www.example.com/news/1',
      meta: { title: 'ع', outlet: 'م' },
      parties: [],
      statements: [
        { ...statement, text: '«نعم»', start: 40, end: 60 },
        { ...statement, text: '«لا حل عسكريا»', start: 15, end: 35 },
      ],
    };
    const other = { ...article, url: 'https://www.example.com/news/2' };
    const [withFlag, without] = await flags.attachTo([article, other]);
    expect(withFlag?.statements.map((entry) => entry.flag)).toEqual([
      undefined,
      { doubtful: true, note: 'مصدر؟' },
    ]);
    expect(without).toBe(other);
  });

  it('keeps flags per article under its normalised URL', async () => {
    const flags = open(new FlagStore(`flags-${Math.random()}`));
    await flags.set(URL_A, KEY, { doubtful: true, note: 'مصدر؟' });
    expect(await flags.get('https://www.example.com/news/1#top')).toEqual([
      { key: KEY, flag: { doubtful: true, note: 'مصدر؟' } },
    ]);
    expect(await flags.get('https://www.example.com/news/2')).toEqual([]);
  });

  it('replaces a flag (also one found under an older key) and removes one with null', async () => {
    const flags = open(new FlagStore(`flags-${Math.random()}`));
    await flags.set(URL_A, OTHER, { doubtful: false, note: 'أ' });
    await flags.set(URL_A, KEY, { doubtful: true, note: 'ب' });
    const moved = { ...KEY, start: 12, end: 32 };
    const after = await flags.set(URL_A, moved, { doubtful: true, note: 'ج' }, KEY);
    expect(after.map((entry) => [entry.key.start, entry.flag.note])).toEqual([
      [12, 'ج'],
      [40, 'أ'],
    ]);
    expect(await flags.set(URL_A, OTHER, null)).toHaveLength(1);
    expect(await flags.set(URL_A, moved, null)).toEqual([]);
    expect(await flags.get(URL_A)).toEqual([]);
  });

  it('outlives the analysis cache dropping the article', async () => {
    const name = `shared-${Math.random()}`;
    const cache = open(new AnalysisCache(`${name}-cache`, { maxEntries: 1, maxBytes: 1e6 }));
    const flags = open(new FlagStore(`${name}-flags`));
    const analysis: Analysis = { version: 'v', length: 0, quotes: [], parties: [] };
    await cache.put(`v|${URL_A}|h`, analysis);
    await flags.set(URL_A, KEY, { doubtful: true, note: '' });
    await cache.put('v|https://www.example.com/other|h', analysis);
    expect(await cache.get(`v|${URL_A}|h`)).toBeUndefined();
    expect(await flags.get(URL_A)).toHaveLength(1);
  });
});
