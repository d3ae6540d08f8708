import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../src/background/cache.ts';
import { createAnalysisService } from '../src/background/service.ts';
import type { Analysis } from '../src/engine/types.ts';

function analysisOf(text: string): Analysis {
  return { version: 't', length: text.length, quotes: [], parties: [] };
}

let count = 0;
function freshName(): string {
  count += 1;
  return `cache-test-${count}`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AnalysisCache', () => {
  it('returns what was stored, and survives reopening (a worker restart)', async () => {
    const name = freshName();
    const first = new AnalysisCache(name);
    expect(await first.put('k', analysisOf('abc'))).toBe(true);
    await first.close();
    const second = new AnalysisCache(name);
    expect(await second.get('k')).toEqual(analysisOf('abc'));
    expect(await second.get('missing')).toBeUndefined();
  });

  it('evicts the least recently used beyond the entry limit', async () => {
    const cache = new AnalysisCache(freshName(), { maxEntries: 3, maxBytes: 1e9 });
    for (const key of ['a', 'b', 'c']) await cache.put(key, analysisOf(key));
    await cache.get('a');
    await cache.put('d', analysisOf('d'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBeDefined();
    expect((await cache.stats()).entries).toBe(3);
  });

  it('keeps the byte total within its budget', async () => {
    const size = new TextEncoder().encode(JSON.stringify(analysisOf('x'.repeat(10)))).length;
    const cache = new AnalysisCache(freshName(), { maxEntries: 100, maxBytes: size * 2 + 1 });
    for (const key of ['a', 'b', 'c', 'd']) await cache.put(key, analysisOf('x'.repeat(10)));
    const stats = await cache.stats();
    expect(stats.entries).toBe(2);
    expect(stats.bytes).toBe(size * 2);
  });

  it('evicts and retries once when a write fails (quota), then still stores', async () => {
    const cache = new AnalysisCache(freshName());
    for (const key of ['a', 'b', 'c', 'd']) await cache.put(key, analysisOf(key));
    const put = IDBObjectStore.prototype.put;
    let failures = 1;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (failures > 0 && this.name === 'analyses') {
        failures -= 1;
        throw new DOMException('full', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    expect(await cache.put('e', analysisOf('e'))).toBe(true);
    expect(await cache.get('e')).toBeDefined();
    expect(await cache.get('a')).toBeUndefined();
  });

  it('gives up after a second failure without throwing', async () => {
    const cache = new AnalysisCache(freshName());
    await cache.put('a', analysisOf('a'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await cache.put('b', analysisOf('b'))).toBe(false);
  });
});

describe('analysis service', () => {
  it('analyses once, then serves the same article from the cache', async () => {
    const analyze = vi.fn(analysisOf);
    const serve = createAnalysisService(new AnalysisCache(freshName()), analyze, 'v1');
    const first = await serve('https://a.com/x?utm_source=1', 'نص المقال');
    const second = await serve('https://a.com/x#top', 'نص المقال');
    expect(first).toMatchObject({ ok: true, cached: false });
    expect(second).toMatchObject({ ok: true, cached: true });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(await serve('https://a.com/x', 'نص آخر')).toMatchObject({ cached: false });
  });

  it('answers even when the cache cannot store anything', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const serve = createAnalysisService(new AnalysisCache(freshName()), analysisOf, 'v1');
    expect(await serve('https://a.com/x', 'نص')).toMatchObject({ ok: true, cached: false });
  });

  it('does not keep a failed analysis: the next request analyses again', async () => {
    const analyze = vi.fn((text: string): Analysis => {
      if (analyze.mock.calls.length === 1) throw new Error('rule fault');
      return analysisOf(text);
    });
    const serve = createAnalysisService(new AnalysisCache(freshName()), analyze, 'v1');
    await expect(serve('https://a.com/x', 'نص')).rejects.toThrow('rule fault');
    expect(await serve('https://a.com/x', 'نص')).toMatchObject({ ok: true, cached: false });
    expect(await serve('https://a.com/x', 'نص')).toMatchObject({ ok: true, cached: true });
  });

  it('does not serve an analysis made by another engine version', async () => {
    const cache = new AnalysisCache(freshName());
    const analyze = vi.fn(analysisOf);
    await createAnalysisService(cache, analyze, 'v1')('https://a.com/x', 'نص');
    expect(await createAnalysisService(cache, analyze, 'v2')('https://a.com/x', 'نص')).toMatchObject({
      cached: false,
    });
  });
});
