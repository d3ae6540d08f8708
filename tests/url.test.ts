import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../src/background/url.ts';

describe('normaliseUrl', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(normaliseUrl('https://WWW.BBC.com:443/arabic/x?utm_source=tw&b=2&fbclid=z&a=1#top')).toBe(
      'https://www.bbc.com/arabic/x?a=1&b=2',
    );
  });

  it('names one article the same whatever the visit', () => {
    const urls = [
      'https://www.aljazeera.net/news/2024/1/1/story',
      'https://www.aljazeera.net/news/2024/1/1/story/',
      'https://www.aljazeera.net/news/2024/1/1/story?utm_medium=social&gclid=1',
      'https://www.aljazeera.net/news/2024/1/1/story#comments',
    ];
    expect(new Set(urls.map(normaliseUrl)).size).toBe(1);
  });

  it('keeps parameters that choose the article', () => {
    expect(normaliseUrl('https://youm7.com/story?id=5')).not.toBe(
      normaliseUrl('https://youm7.com/story?id=6'),
    );
  });
});
