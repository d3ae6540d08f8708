// The protocol added for the side panel: the page's switch and analysis, and the flag store's requests.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/engine/types.ts';
import {
  isAnalysisReply,
  isFlagMessage,
  isFlagsReply,
  isHighlightsReply,
  isStateReply,
  MAX_NOTE,
  parseFlagRequest,
  parsePageRequest,
} from '../src/messages.ts';

const OWN = 'ownextensionid';
const ORIGIN = `chrome-extension://${OWN}/`;
const panel = { id: OWN, url: `${ORIGIN}src/panel/index.html` };
const contentScript = { id: OWN, tab: { id: 7 }, url: 'https://www.bbc.com/arabic/x' };
const KEY = { start: 3, end: 9, hash: '0badf00d' };
const FLAG = { doubtful: true, note: 'مصدر؟' };

describe('page requests for the panel', () => {
  it('accepts the highlight switch (set or toggle) and the analysis request', () => {
    expect(parsePageRequest({ type: 'highlights', show: false }, panel, OWN, ORIGIN)).toEqual({
      ok: true,
      value: { type: 'highlights', show: false },
    });
    expect(parsePageRequest({ type: 'highlights', extra: 1 }, panel, OWN, ORIGIN)).toEqual({
      ok: true,
      value: { type: 'highlights' },
    });
    expect(parsePageRequest({ type: 'analysis' }, panel, OWN, ORIGIN).ok).toBe(true);
    expect(parsePageRequest({ type: 'highlights', show: 'no' }, panel, OWN, ORIGIN).ok).toBe(false);
    expect(parsePageRequest({ type: 'analysis' }, { id: 'other' }, OWN, ORIGIN).ok).toBe(false);
  });

  it('checks the replies', () => {
    expect(isHighlightsReply({ ok: true, shown: false })).toBe(true);
    expect(isHighlightsReply({ ok: true, shown: 'yes' })).toBe(false);
    const analysis: Analysis = { version: '1', length: 5, quotes: [], parties: [] };
    expect(isAnalysisReply({ ok: true, analysis })).toBe(true);
    expect(isAnalysisReply({ ok: false, error: 'no analysis yet' })).toBe(true);
    const outside = {
      ...analysis,
      parties: [{ id: 0, name: 'س', type: 'PER', forms: [], mentions: [{ start: 4, end: 9, form: 'س' }] }],
    };
    expect(isAnalysisReply({ ok: true, analysis: outside })).toBe(false);
    expect(isAnalysisReply({ ok: true, analysis: { ...analysis, length: -1 } })).toBe(false);
  });

  it('wants offsets on every statement of a ready state', () => {
    const ready = (quote: object) => ({ ok: true, state: { status: 'ready', quotes: [quote], parties: [] } });
    expect(isStateReply(ready({ text: 'ن', start: 0, end: 1 }))).toBe(true);
    expect(isStateReply(ready({ text: 'ن' }))).toBe(false);
    expect(isStateReply(ready({ text: 'ن', start: 2, end: 1 }))).toBe(false);
  });
});

describe('parseFlagRequest', () => {
  const url = 'https://www.bbc.com/arabic/x';

  it('accepts reading and writing flags from our extension pages', () => {
    expect(parseFlagRequest({ type: 'flags', url }, panel, OWN, ORIGIN)).toEqual({
      ok: true,
      value: { type: 'flags', url },
    });
    const write = { type: 'flag', url, key: KEY, flag: FLAG, previous: { ...KEY, start: 1 } };
    expect(parseFlagRequest({ ...write, junk: 1 }, panel, OWN, ORIGIN)).toEqual({ ok: true, value: write });
    expect(parseFlagRequest({ type: 'flag', url, key: KEY, flag: null }, panel, OWN, ORIGIN).ok).toBe(true);
    expect(isFlagMessage({ type: 'flag' })).toBe(true);
    expect(isFlagMessage({ type: 'analyze' })).toBe(false);
  });

  it.each([
    ['a content script', { type: 'flags', url }, contentScript],
    ['another extension', { type: 'flags', url }, { id: 'other', url: 'chrome-extension://other/x' }],
    ['no sender url', { type: 'flags', url }, { id: OWN }],
    ['a javascript: url', { type: 'flags', url: 'javascript:alert(1)' }, panel],
    ['a bad hash', { type: 'flag', url, key: { ...KEY, hash: 'xyz' }, flag: FLAG }, panel],
    ['a reversed span', { type: 'flag', url, key: { ...KEY, start: 10 }, flag: FLAG }, panel],
    [
      'a note too long',
      { type: 'flag', url, key: KEY, flag: { doubtful: true, note: 'x'.repeat(MAX_NOTE + 1) } },
      panel,
    ],
    ['a flag without doubtful', { type: 'flag', url, key: KEY, flag: { note: '' } }, panel],
    ['a bad previous key', { type: 'flag', url, key: KEY, flag: FLAG, previous: { start: 1 } }, panel],
  ])('rejects %s', (_case, message, sender) => {
    expect(parseFlagRequest(message, sender, OWN, ORIGIN).ok).toBe(false);
  });

  it('checks the store replies', () => {
    expect(isFlagsReply({ ok: true, flags: [{ key: KEY, flag: FLAG }] })).toBe(true);
    expect(isFlagsReply({ ok: true, flags: [{ key: KEY, flag: { doubtful: 1, note: '' } }] })).toBe(false);
    expect(isFlagsReply({ ok: false, error: 'disk full' })).toBe(true);
  });
});
