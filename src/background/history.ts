// The reader's history: one summary per article read (title, outlet, URL, date, speakers, statements),
// kept in its own IndexedDB after the cache has let the full analysis go. The worker is its only
// writer; the newest visit of an article replaces the older one; the oldest visits go first when the
// reader's bound is reached. A failed write never reaches the analysis reply.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Analysis } from '../engine/types.ts';
import type { HistoryScope, PageMeta } from '../messages.ts';
import { partiesByQuote, partySummaries } from '../report/inside.ts';
import type { ArticleRecord, StatementRecord } from '../report/record.ts';
import { normaliseUrl } from './url.ts';

/** Longest statement text kept; a statement is cited, not archived. */
export const MAX_STATEMENT_CHARS = 2000;

export interface HistoryStatement extends StatementRecord {
  /** Indices in the article's parties of those named inside the statement. */
  parties: number[];
}

export interface HistoryArticle {
  /** The normalised URL: one entry per article, whatever tracking parameters the visit carried. */
  key: string;
  /** The URL as visited (fragment dropped), for links back. */
  url: string;
  host: string;
  meta: PageMeta;
  /** When last analysed, ms since the epoch. */
  visited: number;
  statements: HistoryStatement[];
  parties: ArticleRecord['parties'];
  /** UTF-8 size of the entry as JSON: what the history's storage figure counts. */
  bytes: number;
}

interface HistorySchema extends DBSchema {
  articles: { key: string; value: HistoryArticle; indexes: { byVisited: number; byHost: string } };
}

/** The summary of one analysed article, as the history keeps it. */
export function historyArticle(
  url: string,
  meta: PageMeta,
  text: string,
  analysis: Analysis,
  visited: number,
): HistoryArticle {
  const parsed = new URL(url);
  parsed.hash = '';
  const inside = partiesByQuote(analysis);
  const statements = analysis.quotes.map((quote, index): HistoryStatement => {
    return {
      speaker: quote.speaker?.name ?? null,
      speakerType: quote.speaker?.type ?? null,
      kind: quote.kind,
      cue: quote.cue.text,
      text: text.slice(quote.start, Math.min(quote.end, quote.start + MAX_STATEMENT_CHARS)),
      start: quote.start,
      end: quote.end,
      parties: inside[index] ?? [],
    };
  });
  const parties = partySummaries(analysis);
  const entry: HistoryArticle = {
    key: normaliseUrl(url),
    url: parsed.href,
    host: parsed.hostname.toLowerCase(),
    meta,
    visited,
    statements,
    parties,
    bytes: 0,
  };
  entry.bytes = new TextEncoder().encode(JSON.stringify(entry)).length;
  return entry;
}

/** What an export carries of a history entry (the worker's bookkeeping left out). */
export function recordOf(article: HistoryArticle, statements = article.statements): ArticleRecord {
  return {
    url: article.url,
    meta: article.meta,
    statements: statements.map(({ parties: _parties, ...statement }) => statement),
    parties: article.parties,
  };
}

export class HistoryStore {
  #db: Promise<IDBPDatabase<HistorySchema>> | undefined;
  readonly #name: string;

  constructor(name = 'isnad-history') {
    this.#name = name;
  }

  #open(): Promise<IDBPDatabase<HistorySchema>> {
    this.#db ??= openDB<HistorySchema>(this.#name, 1, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'key' });
        articles.createIndex('byVisited', 'visited');
        articles.createIndex('byHost', 'host');
      },
    });
    return this.#db;
  }

  /**
   * Keeps the article (replacing an older visit) and drops the oldest visits past `max`. Returns the keys
   * dropped, or null when it could not be stored (a full disk: a quarter of the oldest go, then one retry).
   */
  async record(article: HistoryArticle, max: number): Promise<string[] | null> {
    if (max <= 0) return null;
    try {
      return await this.#write(article, max);
    } catch {
      try {
        const dropped = await this.#dropOldest(0.25);
        return [...dropped, ...(await this.#write(article, max))];
      } catch {
        return null;
      }
    }
  }

  async #write(article: HistoryArticle, max: number): Promise<string[]> {
    const db = await this.#open();
    const tx = db.transaction('articles', 'readwrite');
    await tx.store.put(article);
    const dropped = await dropOldest(tx, (await tx.store.count()) - max, article.key);
    await tx.done;
    return dropped;
  }

  /** Drops the oldest visits past `max` (the reader lowered the bound); returns the keys dropped. */
  async trim(max: number): Promise<string[]> {
    const db = await this.#open();
    const tx = db.transaction('articles', 'readwrite');
    const dropped = await dropOldest(tx, (await tx.store.count()) - max);
    await tx.done;
    return dropped;
  }

  async #dropOldest(share: number): Promise<string[]> {
    const db = await this.#open();
    const tx = db.transaction('articles', 'readwrite');
    const dropped = await dropOldest(tx, Math.max(1, Math.ceil((await tx.store.count()) * share)));
    await tx.done;
    return dropped;
  }

  /** Removes one article, one site's articles or everything; returns the keys removed. */
  async remove(scope: HistoryScope): Promise<string[]> {
    const db = await this.#open();
    const tx = db.transaction('articles', 'readwrite');
    let keys: string[];
    if (scope.kind === 'all') {
      keys = await tx.store.getAllKeys();
      await tx.store.clear();
    } else if (scope.kind === 'article') {
      keys = (await tx.store.getKey(scope.key)) === undefined ? [] : [scope.key];
      if (keys.length > 0) await tx.store.delete(scope.key);
    } else {
      keys = await tx.store.index('byHost').getAllKeys(scope.host);
      for (const key of keys) await tx.store.delete(key);
    }
    await tx.done;
    return keys;
  }

  /** Everything, oldest visit first. */
  async all(): Promise<HistoryArticle[]> {
    const db = await this.#open();
    return db.getAllFromIndex('articles', 'byVisited');
  }

  async close(): Promise<void> {
    if (this.#db) (await this.#db).close();
    this.#db = undefined;
  }
}

/** Deletes up to `count` of the oldest visits (never `keep`) inside the caller's transaction. */
async function dropOldest(
  tx: IDBPTransaction<HistorySchema, ['articles'], 'readwrite'>,
  count: number,
  keep?: string,
): Promise<string[]> {
  const dropped: string[] = [];
  let cursor = count > 0 ? await tx.store.index('byVisited').openCursor() : null;
  while (cursor && dropped.length < count) {
    if (cursor.value.key !== keep) {
      dropped.push(cursor.value.key);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  return dropped;
}
