// The reader's flags on statements, kept per article (normalised URL) in their own database: the
// analysis cache may drop an article, her notes on it stay.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StatementKey, StoredFlag } from '../messages.ts';
import { matchFlags, sameKey } from '../report/identity.ts';
import type { ArticleRecord, StatementFlag } from '../report/record.ts';
import { normaliseUrl } from './url.ts';

interface ArticleFlags {
  url: string;
  flags: StoredFlag[];
  updated: number;
}

interface FlagSchema extends DBSchema {
  articles: { key: string; value: ArticleFlags };
}

export class FlagStore {
  #db: Promise<IDBPDatabase<FlagSchema>> | undefined;
  readonly #name: string;

  constructor(name = 'isnad-flags') {
    this.#name = name;
  }

  #open(): Promise<IDBPDatabase<FlagSchema>> {
    this.#db ??= openDB<FlagSchema>(this.#name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'url' });
      },
    });
    return this.#db;
  }

  async get(url: string): Promise<StoredFlag[]> {
    const db = await this.#open();
    return (await db.get('articles', normaliseUrl(url)))?.flags ?? [];
  }

  /** Sets or (null) removes a statement's flag, in one transaction; answers the article's flags after. */
  async set(
    url: string,
    key: StatementKey,
    flag: StatementFlag | null,
    previous?: StatementKey,
  ): Promise<StoredFlag[]> {
    const db = await this.#open();
    const tx = db.transaction('articles', 'readwrite');
    const id = normaliseUrl(url);
    const kept = ((await tx.store.get(id))?.flags ?? []).filter(
      (entry) => !sameKey(entry.key, key) && !(previous && sameKey(entry.key, previous)),
    );
    const flags = flag ? [...kept, { key, flag }] : kept;
    flags.sort((a, b) => a.key.start - b.key.start);
    if (flags.length > 0) await tx.store.put({ url: id, flags, updated: Date.now() });
    else await tx.store.delete(id);
    await tx.done;
    return flags;
  }

  /** The articles with the reader's flags put on their statements, matched as the panel matches them. */
  async attachTo(articles: ArticleRecord[]): Promise<ArticleRecord[]> {
    const db = await this.#open();
    const flagged = new Map((await db.getAll('articles')).map((entry) => [entry.url, entry.flags]));
    if (flagged.size === 0) return articles;
    return articles.map((article) => {
      const stored = flagged.get(normaliseUrl(article.url));
      if (!stored) return article;
      // A statement kept without offsets (an older history entry) can still match by its text.
      const located = article.statements.map((statement) => ({
        start: statement.start ?? -1,
        end: statement.end ?? -1,
        text: statement.text,
      }));
      const matched = matchFlags(located, stored);
      const statements = article.statements.map((statement, index) => {
        const entry = matched.get(index);
        return entry ? { ...statement, flag: entry.flag } : statement;
      });
      return { ...article, statements };
    });
  }

  async close(): Promise<void> {
    if (this.#db) (await this.#db).close();
    this.#db = undefined;
  }
}
