// Search over the history, in the worker's memory: built once from the store when first asked (the
// worker may have been stopped since), kept in step with every write after. Matching is on folded text,
// speakers by merged name (src/engine/names.ts), so spelling and titles do not hide a statement.
import { mergeSpeakers, nameKey } from '../engine/names.ts';
import { fold } from '../engine/normalise.ts';
import type { HistoryHit, HistoryOverview, HistoryQuery, SpeakerSummary } from '../messages.ts';
import type { ArticleRecord } from '../report/record.ts';
import { type HistoryArticle, type HistoryStatement, recordOf } from './history.ts';

interface IndexedArticle {
  article: HistoryArticle;
  /** Folded statement texts joined by newlines (folding leaves none inside): one scan per article. */
  joined: string;
  /** Where each statement starts in `joined`. */
  starts: number[];
  /** Folded party names, in party order. */
  parties: string[];
  /** speakerEntry of each statement's speaker, '' for none. */
  speakers: string[];
}

interface SpeakerGroup {
  /** The fullest name among the group's members, as written. */
  name: string;
  type: NonNullable<HistoryStatement['speakerType']>;
  /** Keys of the names merged here (nameKey), for matching a typed name. */
  keys: Set<string>;
  /** speakerEntry of each name merged here. */
  entries: string[];
}

interface KnownName {
  name: string;
  type: SpeakerGroup['type'];
  /** Statements under this entry, so a removal knows when the name leaves the history. */
  statements: number;
}

const OVERVIEW_SPEAKERS = 2000;

/** The statement of `starts` a position in the joined text falls in. */
function statementAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

export class HistoryIndex {
  readonly #articles = new Map<string, IndexedArticle>();
  /** Every speaker name in the history, by speakerEntry. */
  readonly #names = new Map<string, KnownName>();
  /** nameKey is called for the same few thousand names again and again. */
  readonly #keys = new Map<string, string>();
  /** speakerEntry → merged group id; rebuilt only when a name comes or goes. */
  #groupOf: Map<string, string> | null = null;
  #groups: Map<string, SpeakerGroup> | null = null;
  #newestFirst: IndexedArticle[] | null = null;

  constructor(articles: readonly HistoryArticle[] = []) {
    for (const article of articles) this.#add(article);
  }

  get size(): number {
    return this.#articles.size;
  }

  put(article: HistoryArticle): void {
    this.#drop(article.key);
    this.#add(article);
    this.#newestFirst = null;
  }

  remove(keys: readonly string[]): void {
    for (const key of keys) this.#drop(key);
    this.#newestFirst = null;
  }

  #key(name: string): string {
    let key = this.#keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.#keys.set(name, key);
    }
    return key;
  }

  #add(article: HistoryArticle): void {
    const starts: number[] = [];
    let joined = '';
    const speakers: string[] = [];
    for (const statement of article.statements) {
      starts.push(joined.length);
      joined += `${fold(statement.text)}\n`;
      let entry = '';
      if (statement.speaker && statement.speakerType) {
        entry = `${statement.speakerType}|${this.#key(statement.speaker)}`;
        const known = this.#names.get(entry);
        if (known) known.statements += 1;
        else {
          this.#names.set(entry, { name: statement.speaker, type: statement.speakerType, statements: 1 });
          this.#groupOf = null;
        }
      }
      speakers.push(entry);
    }
    const parties = article.parties.map((party) => fold(party.name));
    this.#articles.set(article.key, { article, joined, starts, parties, speakers });
  }

  #drop(key: string): void {
    const item = this.#articles.get(key);
    if (!item) return;
    this.#articles.delete(key);
    for (const entry of item.speakers) {
      const known = entry ? this.#names.get(entry) : undefined;
      if (!known) continue;
      known.statements -= 1;
      if (known.statements === 0) {
        this.#names.delete(entry);
        this.#groupOf = null;
      }
    }
  }

  #ordered(): IndexedArticle[] {
    this.#newestFirst ??= [...this.#articles.values()].sort((a, b) => b.article.visited - a.article.visited);
    return this.#newestFirst;
  }

  #speakerGroups(): { groupOf: Map<string, string>; groups: Map<string, SpeakerGroup> } {
    if (this.#groupOf && this.#groups) return { groupOf: this.#groupOf, groups: this.#groups };
    const merged = mergeSpeakers([...this.#names.values()]);
    const groupOf = new Map<string, string>();
    const groups = new Map<string, SpeakerGroup>();
    for (const [entry, { name, type }] of this.#names) {
      const group = merged.get(entry) ?? entry;
      groupOf.set(entry, group);
      let summary = groups.get(group);
      if (!summary) {
        summary = { name, type, keys: new Set(), entries: [] };
        groups.set(group, summary);
      }
      if (name.length > summary.name.length) summary.name = name;
      summary.keys.add(this.#key(name));
      summary.entries.push(entry);
    }
    this.#groupOf = groupOf;
    this.#groups = groups;
    return { groupOf, groups };
  }

  /** The speaker entries a typed name picks: every name of each group one of whose names contains it. */
  #entriesFor(typed: string): Set<string> {
    const key = nameKey(typed);
    const picked = new Set<string>();
    for (const group of this.#speakerGroups().groups.values()) {
      for (const member of group.keys) {
        if (member.includes(key)) {
          for (const entry of group.entries) picked.add(entry);
          break;
        }
      }
    }
    return picked;
  }

  /** Articles newest first, statements in text order; `total` counts every match, `hits` one page of them. */
  search(
    query: HistoryQuery,
    offset: number,
    limit: number,
  ): { hits: HistoryHit[]; total: number; articles: number } {
    const { groupOf, groups } = this.#speakerGroups();
    const speakerEntries = query.speaker ? this.#entriesFor(query.speaker) : null;
    const party = query.party ? fold(query.party) : '';
    const text = query.text ? fold(query.text) : '';
    const hits: HistoryHit[] = [];
    let total = 0;
    let articles = 0;
    const candidates: number[] = [];
    for (const item of this.#ordered()) {
      const { article } = item;
      if (query.since !== undefined && article.visited < query.since) continue;
      if (query.host && article.host !== query.host) continue;
      const partiesHere = party ? item.parties.map((name) => name.includes(party)) : null;
      const speakerNamesParty = party && item.speakers.some((entry) => entry.includes(party));
      if (partiesHere && !partiesHere.some(Boolean) && !speakerNamesParty) continue;
      if (speakerEntries && !item.speakers.some((entry) => speakerEntries.has(entry))) continue;
      candidates.length = 0;
      if (text) {
        for (let at = item.joined.indexOf(text); at >= 0; ) {
          const i = statementAt(item.starts, at);
          candidates.push(i);
          const next = item.starts[i + 1];
          at = next === undefined ? -1 : item.joined.indexOf(text, next);
        }
      } else for (let i = 0; i < item.starts.length; i++) candidates.push(i);
      let matchedHere = false;
      for (const i of candidates) {
        const statement = article.statements[i] as HistoryStatement;
        const entry = item.speakers[i] ?? '';
        if (speakerEntries && !speakerEntries.has(entry)) continue;
        if (partiesHere && !statement.parties.some((id) => partiesHere[id]) && !entry.includes(party))
          continue;
        matchedHere = true;
        if (total >= offset && hits.length < limit) {
          const group = groupOf.get(entry);
          hits.push({
            key: article.key,
            url: article.url,
            title: article.meta.title,
            outlet: article.meta.outlet,
            ...(article.meta.published ? { published: article.meta.published } : {}),
            visited: article.visited,
            index: i,
            speaker: statement.speaker,
            speakerGroup: group ? (groups.get(group)?.name ?? statement.speaker) : null,
            speakerType: statement.speakerType,
            kind: statement.kind,
            cue: statement.cue,
            text: statement.text,
          });
        }
        total += 1;
      }
      if (matchedHere) articles += 1;
    }
    return { hits, total, articles };
  }

  /** Matching statements by article, for an export of a search; every article when no query. */
  records(query: HistoryQuery | undefined, keys: readonly string[] | undefined): ArticleRecord[] {
    const wanted = keys ? new Set(keys) : null;
    const chosen = this.#ordered().filter((item) => !wanted || wanted.has(item.article.key));
    if (!query) return chosen.map((item) => recordOf(item.article));
    const matched = new Map<string, number[]>();
    for (const hit of this.search(query, 0, Number.MAX_SAFE_INTEGER).hits) {
      const list = matched.get(hit.key);
      if (list) list.push(hit.index);
      else matched.set(hit.key, [hit.index]);
    }
    return chosen.flatMap((item) => {
      const indices = matched.get(item.article.key);
      if (!indices) return [];
      return [
        recordOf(
          item.article,
          indices.flatMap((i) => item.article.statements[i] ?? []),
        ),
      ];
    });
  }

  overview(): HistoryOverview {
    const { groupOf, groups } = this.#speakerGroups();
    const counts = new Map<string, { statements: number; articles: number }>();
    const sites = new Map<string, number>();
    let statements = 0;
    let bytes = 0;
    for (const { article, speakers } of this.#articles.values()) {
      sites.set(article.host, (sites.get(article.host) ?? 0) + 1);
      statements += article.statements.length;
      bytes += article.bytes;
      const seen = new Set<string>();
      for (const entry of speakers) {
        const group = entry ? groupOf.get(entry) : undefined;
        if (!group) continue;
        let count = counts.get(group);
        if (!count) {
          count = { statements: 0, articles: 0 };
          counts.set(group, count);
        }
        count.statements += 1;
        if (!seen.has(group)) {
          seen.add(group);
          count.articles += 1;
        }
      }
    }
    const speakers: SpeakerSummary[] = [...groups]
      .map(([id, { name, type }]) => ({ name, type, statements: 0, articles: 0, ...counts.get(id) }))
      .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name))
      .slice(0, OVERVIEW_SPEAKERS);
    return {
      articles: this.#articles.size,
      statements,
      bytes,
      speakers,
      sites: [...sites]
        .map(([host, articles]) => ({ host, articles }))
        .sort((a, b) => b.articles - a.articles),
    };
  }
}
