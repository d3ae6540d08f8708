import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../src/page/metadata.ts';

function documentOf(head: string, body = '<article><p>نص</p></article>'): Document {
  return parseHTML(`<!doctype html><html lang="ar"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('readPageMeta', () => {
  it('reads the outlet and date from Open Graph and article:* tags', () => {
    const doc = documentOf(
      '<meta property="og:site_name" content="الجزيرة نت"><meta property="article:published_time" content="2015-09-30T12:30:00+03:00"><meta name="author" content="مراسل الجزيرة">',
    );
    expect(readPageMeta(doc, 'https://www.aljazeera.net/news/x', 'لافروف يتحدث')).toEqual({
      title: 'لافروف يتحدث',
      outlet: 'الجزيرة نت',
      published: '2015-09-30T09:30:00.000Z',
      author: 'مراسل الجزيرة',
    });
  });

  it('falls back to JSON-LD NewsArticle, inside a @graph too', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'not this' },
        {
          '@type': 'NewsArticle',
          headline: 'عنوان الخبر',
          datePublished: '2024-01-02',
          publisher: { '@type': 'Organization', name: 'سكاي نيوز عربية' },
          author: [{ '@type': 'Person', name: 'كاتب' }],
        },
      ],
    };
    const doc = documentOf(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`);
    expect(readPageMeta(doc, 'https://www.skynewsarabia.com/x', '')).toEqual({
      title: 'عنوان الخبر',
      outlet: 'سكاي نيوز عربية',
      published: '2024-01-02T00:00:00.000Z',
      author: 'كاتب',
    });
  });

  it('gives the host as outlet and no date when the page declares none; bad JSON-LD is skipped', () => {
    const doc = documentOf(
      '<title>صفحة</title><script type="application/ld+json">{not json</script><meta property="article:published_time" content="yesterday"><meta property="article:author" content="https://facebook.com/someone">',
    );
    expect(readPageMeta(doc, 'https://www.example.com/a', '')).toEqual({
      title: 'صفحة',
      outlet: 'example.com',
    });
  });
});
