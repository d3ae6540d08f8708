import { parseHTML } from 'linkedom';
import { findArticle } from '../page/article.ts';

/**
 * Parses a page with linkedom. A fragment without <html> is wrapped first: browsers add html/head/body
 * themselves, linkedom would make the first tag the document element.
 */
export function parseHtmlDocument(html: string): Document {
  const complete = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(complete).document as unknown as Document;
}

/** Reads an HTML page and returns the article's headline and text, or null when there is none. */
export function articleFromHtml(html: string): { headline: string; text: string } | null {
  const article = findArticle(parseHtmlDocument(html));
  return article ? { headline: article.headline, text: article.text } : null;
}
