import { describe, expect, it } from 'vitest';
import { statementLink } from '../src/history/links.ts';
import { isHistoryExportReply, isHistorySearchReply, parseHistoryRequest } from '../src/messages.ts';

const OWN = 'chrome-extension://abc/';
const page = { id: 'abc', url: `${OWN}src/history/index.html`, tab: { id: 4 } };

describe('statementLink', () => {
  it('points a text fragment at the first words, quotation marks and reserved characters encoded', () => {
    const link = statementLink(
      'https://news.example/a#top',
      '«نحن مستعدون - لإنشاء قنوات، تواصل مستمرة لضمان أقصى فاعلية»',
    );
    expect(link.startsWith('https://news.example/a#:~:text=')).toBe(true);
    const words = decodeURIComponent(link.split('#:~:text=')[1] ?? '');
    expect(words).toBe('نحن مستعدون - لإنشاء قنوات، تواصل');
    expect(link).not.toMatch(/text=[^#]*[-,]/);
  });

  it('links to the page alone when the statement has no words', () => {
    expect(statementLink('https://news.example/a', '«»')).toBe('https://news.example/a');
  });
});

describe('parseHistoryRequest', () => {
  it('accepts our extension pages only, never a content script in a web page or another extension', () => {
    const request = { type: 'history-overview' };
    expect(parseHistoryRequest(request, page, 'abc', OWN).ok).toBe(true);
    expect(
      parseHistoryRequest(request, { id: 'abc', url: 'https://evil.example/', tab: { id: 1 } }, 'abc', OWN)
        .ok,
    ).toBe(false);
    expect(parseHistoryRequest(request, { ...page, id: 'other' }, 'abc', OWN).ok).toBe(false);
    expect(parseHistoryRequest(request, { id: 'abc' }, 'abc', OWN).ok).toBe(false);
  });

  it('checks queries, pages, keys and scopes', () => {
    const search = (query: unknown, offset: unknown = 0, limit: unknown = 50) =>
      parseHistoryRequest({ type: 'history-search', query, offset, limit }, page, 'abc', OWN);
    expect(search({ speaker: ' لافروف ', text: '' })).toEqual({
      ok: true,
      value: { type: 'history-search', query: { speaker: 'لافروف' }, offset: 0, limit: 50 },
    });
    expect(search({ speaker: 'x'.repeat(201) }).ok).toBe(false);
    expect(search({ since: -1 }).ok).toBe(false);
    expect(search({}, -1).ok).toBe(false);
    expect(search({}, 0, 100_000).ok).toBe(false);
    expect(search(null).ok).toBe(false);
    const exportOf = (keys: unknown) =>
      parseHistoryRequest({ type: 'history-export', keys }, page, 'abc', OWN);
    expect(exportOf(['https://a.example/1']).ok).toBe(true);
    expect(exportOf([1]).ok).toBe(false);
    const remove = (scope: unknown) =>
      parseHistoryRequest({ type: 'history-delete', scope }, page, 'abc', OWN);
    expect(remove({ kind: 'all' }).ok).toBe(true);
    expect(remove({ kind: 'site', host: 'a.example' }).ok).toBe(true);
    expect(remove({ kind: 'article' }).ok).toBe(false);
    expect(remove({ kind: 'everything' }).ok).toBe(false);
    expect(parseHistoryRequest({ type: 'history-drop' }, page, 'abc', OWN).ok).toBe(false);
  });
});

describe('history replies', () => {
  it('rejects hits whose link is not http(s)', () => {
    const hit = { key: 'k', url: 'javascript:alert(1)', title: 't', text: 'x', index: 0 };
    expect(isHistorySearchReply({ ok: true, hits: [hit], total: 1, articles: 1 })).toBe(false);
    expect(
      isHistorySearchReply({
        ok: true,
        hits: [{ ...hit, url: 'https://a.example/' }],
        total: 1,
        articles: 1,
      }),
    ).toBe(true);
    expect(isHistorySearchReply({ ok: false, error: 'x' })).toBe(true);
    expect(isHistoryExportReply({ ok: true, articles: [{ url: 'u' }] })).toBe(false);
  });
});
