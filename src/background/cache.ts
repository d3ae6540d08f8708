// Analyses kept in IndexedDB across worker restarts, least recently used out first. A failed write
// never loses a reply: the caller already holds the analysis; we evict and retry once, then give up.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Analysis } from '../engine/types.ts';

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: CacheLimits = { maxEntries: 2000, maxBytes: 50 * 1024 * 1024 };

interface CacheEntry {
  key: string;
  analysis: Analysis;
  /** UTF-8 size of the analysis as JSON: the budget counts this. */
  bytes: number;
  lastUsed: number;
}

interface CacheSchema extends DBSchema {
  analyses: { key: string; value: CacheEntry; indexes: { byLastUsed: number } };
  totals: { key: string; value: number };
}

const BYTES = 'bytes';

export class AnalysisCache {
  #db: Promise<IDBPDatabase<CacheSchema>> | undefined;
  #clock = 0;
  readonly #name: string;
  readonly #limits: CacheLimits;

  constructor(name = 'isnad-cache', limits: CacheLimits = DEFAULT_LIMITS) {
    this.#name = name;
    this.#limits = limits;
  }

  #open(): Promise<IDBPDatabase<CacheSchema>> {
    this.#db ??= openDB<CacheSchema>(this.#name, 1, {
      upgrade(db) {
        const analyses = db.createObjectStore('analyses', { keyPath: 'key' });
        analyses.createIndex('byLastUsed', 'lastUsed');
        db.createObjectStore('totals');
      },
    });
    return this.#db;
  }

  /** Strictly increasing, so two uses in one millisecond still order. */
  #tick(): number {
    this.#clock = Math.max(Date.now(), this.#clock + 1);
    return this.#clock;
  }

  /**
   * The cached analysis; undefined on a miss or a read error. It is marked as just used in a
   * transaction of its own, so the reply does not wait for the entry to be written again; that
   * transaction is opened before this returns, so later writes see the mark.
   */
  async get(key: string): Promise<Analysis | undefined> {
    try {
      const db = await this.#open();
      const entry = await db.get('analyses', key);
      if (entry) void this.#touch(db, key);
      return entry?.analysis;
    } catch {
      return undefined;
    }
  }

  async #touch(db: IDBPDatabase<CacheSchema>, key: string): Promise<void> {
    try {
      const tx = db.transaction('analyses', 'readwrite');
      // read again inside the transaction: an entry evicted meanwhile must not come back
      const entry = await tx.store.get(key);
      if (entry) await tx.store.put({ ...entry, lastUsed: this.#tick() });
      await tx.done;
    } catch {
      // The order of eviction is a hint; a lost mark costs nothing else.
    }
  }

  /** Stores an analysis within the limits; false when it could not be stored (too large, write failed twice). */
  async put(key: string, analysis: Analysis): Promise<boolean> {
    const bytes = new TextEncoder().encode(JSON.stringify(analysis)).length;
    if (bytes > this.#limits.maxBytes) return false;
    const entry: CacheEntry = { key, analysis, bytes, lastUsed: this.#tick() };
    try {
      await this.#write(entry);
      return true;
    } catch {
      try {
        await this.evictOldest(0.25);
        await this.#write(entry);
        return true;
      } catch {
        return false;
      }
    }
  }

  async #write(entry: CacheEntry): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(['analyses', 'totals'], 'readwrite');
    const analyses = tx.objectStore('analyses');
    const totals = tx.objectStore('totals');
    const previous = await analyses.get(entry.key);
    let bytes = ((await totals.get(BYTES)) ?? 0) - (previous?.bytes ?? 0) + entry.bytes;
    await analyses.put(entry);
    let count = await analyses.count();
    let cursor = await analyses.index('byLastUsed').openCursor();
    while (cursor && (count > this.#limits.maxEntries || bytes > this.#limits.maxBytes)) {
      if (cursor.value.key !== entry.key) {
        bytes -= cursor.value.bytes;
        count -= 1;
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
    await totals.put(bytes, BYTES);
    await tx.done;
  }

  /** Drops the least recently used share of entries (at least one). */
  async evictOldest(share: number): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(['analyses', 'totals'], 'readwrite');
    const analyses = tx.objectStore('analyses');
    let toDrop = Math.max(1, Math.ceil((await analyses.count()) * share));
    let bytes = (await tx.objectStore('totals').get(BYTES)) ?? 0;
    let cursor = await analyses.index('byLastUsed').openCursor();
    while (cursor && toDrop > 0) {
      bytes -= cursor.value.bytes;
      toDrop -= 1;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.objectStore('totals').put(Math.max(0, bytes), BYTES);
    await tx.done;
  }

  async stats(): Promise<{ entries: number; bytes: number }> {
    const db = await this.#open();
    return { entries: await db.count('analyses'), bytes: (await db.get('totals', BYTES)) ?? 0 };
  }

  async close(): Promise<void> {
    if (this.#db) (await this.#db).close();
    this.#db = undefined;
  }
}
