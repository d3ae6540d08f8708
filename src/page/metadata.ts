// What a citation needs beyond the text: the outlet and the date the page declares for its story.
// Read from the page's own metadata (Open Graph, article:*, JSON-LD NewsArticle, <time>), never guessed.
import { MAX_META_FIELD, type PageMeta } from '../messages.ts';

const MAX_JSON_LD_CHARS = 200_000;

function clip(value: string | undefined | null): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_META_FIELD) : undefined;
}

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = doc.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = clip(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** A date the page gives, as an ISO date-time when it parses, else undefined (never today's date). */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

interface LinkedArticle {
  publisher?: string;
  published?: string;
  author?: string;
  headline?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clip(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

function linkedArticle(doc: Document): LinkedArticle {
  const found: LinkedArticle = {};
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
        const types = ([] as unknown[]).concat(record['@type']);
        if (!types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) continue;
        found.publisher ??= nameOf(record.publisher);
        found.author ??= nameOf(record.author);
        found.headline ??= nameOf(record.headline);
        if (typeof record.datePublished === 'string') found.published ??= isoDate(record.datePublished);
      }
    }
  }
  return found;
}

/** The page's own account of the story: title, outlet, date and author when it gives them. */
export function readPageMeta(doc: Document, url: string, headline: string): PageMeta {
  const linked = linkedArticle(doc);
  const host = new URL(url).hostname.replace(/^www\./, '');
  const timeElement = doc.querySelector('article time[datetime], time[itemprop="datePublished"]');
  return {
    title: clip(headline) ?? linked.headline ?? metaContent(doc, 'og:title') ?? clip(doc.title) ?? host,
    outlet: metaContent(doc, 'og:site_name', 'application-name') ?? linked.publisher ?? host,
    published:
      isoDate(metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date')) ??
      linked.published ??
      isoDate(clip(timeElement?.getAttribute('datetime'))),
    // article:author is often a profile URL, not a name.
    author: [metaContent(doc, 'author', 'article:author'), linked.author].find(
      (name) => name !== undefined && !/^https?:/.test(name),
    ),
  };
}
