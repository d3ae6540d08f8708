import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/engine/types.ts';
import {
  isAnalysisFor,
  isStateReply,
  MAX_TEXT,
  parseBackgroundRequest,
  parsePageRequest,
} from '../src/messages.ts';

const OWN = 'ownextensionid';
const ORIGIN = `chrome-extension://${OWN}/`;
const fromTab = { id: OWN, tab: { id: 7 }, url: 'https://www.bbc.com/arabic/x' };
const META = { title: 'عنوان', outlet: 'رويترز' };

describe('parseBackgroundRequest', () => {
  it('accepts an analyze request from our content script in a tab', () => {
    const request = { type: 'analyze', url: 'https://a.com/x', text: 'نص', meta: META };
    expect(parseBackgroundRequest(request, fromTab, OWN)).toEqual({ ok: true, value: request });
  });

  it('keeps only the known metadata fields', () => {
    const meta = { ...META, published: '2015-09-30T10:00:00Z', author: 'مراسل', extra: '<script>' };
    const parsed = parseBackgroundRequest(
      { type: 'analyze', url: 'https://a.com/x', text: '', meta },
      fromTab,
      OWN,
    );
    expect(parsed.ok && parsed.value.type === 'analyze' && parsed.value.meta).toEqual({
      ...META,
      published: '2015-09-30T10:00:00Z',
      author: 'مراسل',
    });
  });

  it.each([
    [
      'another extension',
      { type: 'analyze', url: 'https://a.com/', text: '', meta: META },
      { ...fromTab, id: 'other' },
    ],
    ['no tab', { type: 'analyze', url: 'https://a.com/', text: '', meta: META }, { id: OWN }],
    ['not an object', 'analyze', fromTab],
    ['an array', [1, 2], fromTab],
    ['null', null, fromTab],
    ['unknown type', { type: 'delete-everything' }, fromTab],
    ['text not a string', { type: 'analyze', url: 'https://a.com/', text: 5 }, fromTab],
    ['text too large', { type: 'analyze', url: 'https://a.com/', text: 'x'.repeat(MAX_TEXT + 1) }, fromTab],
    ['a javascript: url', { type: 'analyze', url: 'javascript:alert(1)', text: '' }, fromTab],
    ['a malformed url', { type: 'analyze', url: 'not a url', text: '' }, fromTab],
    ['no metadata', { type: 'analyze', url: 'https://a.com/', text: '' }, fromTab],
    [
      'an overlong title',
      { type: 'analyze', url: 'https://a.com/', text: '', meta: { ...META, title: 'x'.repeat(301) } },
      fromTab,
    ],
    [
      'a date that is not one',
      { type: 'analyze', url: 'https://a.com/', text: '', meta: { ...META, published: 'soon' } },
      fromTab,
    ],
  ])('rejects %s with an error reply', (_case, message, sender) => {
    const parsed = parseBackgroundRequest(message, sender, OWN);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/\w/);
  });
});

describe('parsePageRequest', () => {
  const popup = { id: OWN, url: `${ORIGIN}src/popup/index.html` };

  it('accepts state, reveal and analyse from our extension pages', () => {
    expect(parsePageRequest({ type: 'state' }, popup, OWN, ORIGIN)).toEqual({
      ok: true,
      value: { type: 'state' },
    });
    expect(parsePageRequest({ type: 'reveal', quote: 3 }, popup, OWN, ORIGIN)).toEqual({
      ok: true,
      value: { type: 'reveal', quote: 3 },
    });
    expect(parsePageRequest({ type: 'analyse' }, popup, OWN, ORIGIN).ok).toBe(true);
  });

  it('accepts a wake-up from a tab, not from elsewhere', () => {
    expect(parseBackgroundRequest({ type: 'wake' }, fromTab, OWN)).toEqual({
      ok: true,
      value: { type: 'wake' },
    });
    expect(parseBackgroundRequest({ type: 'wake' }, { id: OWN }, OWN).ok).toBe(false);
  });

  it.each([
    ['another extension', { type: 'state' }, { id: 'other', url: 'chrome-extension://other/x' }],
    ['a web page url', { type: 'state' }, { id: OWN, url: 'https://evil.example/' }],
    ['a negative index', { type: 'reveal', quote: -1 }, popup],
    ['a fractional index', { type: 'reveal', quote: 1.5 }, popup],
    ['a string index', { type: 'reveal', quote: '1' }, popup],
    ['unknown type', { type: 'eval', code: '1' }, popup],
  ])('rejects %s', (_case, message, sender) => {
    expect(parsePageRequest(message, sender, OWN, ORIGIN).ok).toBe(false);
  });
});

describe('isAnalysisFor', () => {
  const analysis: Analysis = {
    version: '1',
    length: 20,
    quotes: [
      {
        start: 2,
        end: 10,
        kind: 'direct',
        cue: { text: 'قال', start: 0, end: 2 },
        speakerMention: { start: 12, end: 15 },
        speaker: { name: 'س', type: 'PER' },
        resolution: 'named',
      },
    ],
    parties: [{ id: 0, name: 'س', type: 'PER', forms: ['س'], mentions: [{ start: 12, end: 15, form: 'س' }] }],
  };

  it('accepts spans inside the text', () => {
    expect(isAnalysisFor(analysis, 20)).toBe(true);
  });

  it('rejects an analysis of another length, or spans beyond the text', () => {
    expect(isAnalysisFor(analysis, 19)).toBe(false);
    const outside = structuredClone(analysis);
    outside.length = 14;
    expect(isAnalysisFor(outside, 14)).toBe(false);
    const reversed = structuredClone(analysis);
    const quote = reversed.quotes[0];
    if (quote) quote.start = 11;
    expect(isAnalysisFor(reversed, 20)).toBe(false);
  });
});

describe('isStateReply', () => {
  it('accepts the page states and refuses malformed ones', () => {
    expect(isStateReply({ ok: true, state: { status: 'loading' } })).toBe(true);
    expect(isStateReply({ ok: false, error: 'x' })).toBe(true);
    expect(isStateReply({ ok: true, state: { status: 'hacked' } })).toBe(false);
    expect(isStateReply({ ok: true, state: { status: 'ready', quotes: [{ text: 5 }], parties: [] } })).toBe(
      false,
    );
  });
});
