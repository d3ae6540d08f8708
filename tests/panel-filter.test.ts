import { describe, expect, it } from 'vitest';
import type { QuoteView } from '../src/messages.ts';
import { filterStatements, foldedTexts, isFiltering, NO_FILTER } from '../src/popup/filter.ts';
import { speakerKey } from '../src/popup/model.ts';

function quote(text: string, speaker: string | null, extra: Partial<QuoteView> = {}): QuoteView {
  return {
    kind: 'direct',
    text,
    cue: 'قال',
    speaker: speaker ? { name: speaker, type: 'PER', partyId: speaker === 'لافروف' ? 0 : undefined } : null,
    resolution: speaker ? 'named' : 'none',
    start: 0,
    end: text.length,
    parties: [],
    ...extra,
  };
}

const QUOTES = [
  quote('«على الأمم المتحدة أن تتحرك»', 'لافروف'),
  quote('إن مجلس الأمن سيجتمع', 'شكري', { kind: 'indirect', parties: [0] }),
  quote('«لا تعليق على الأنباء»', null, { kind: 'direct' }),
  quote('إن المنظَّمة مستعدّة للحوار', 'شكري', { kind: 'indirect' }),
];
const FOLDED = foldedTexts(QUOTES);

function kept(filter: Partial<typeof NO_FILTER>): number[] {
  return [...filterStatements(QUOTES, FOLDED, { ...NO_FILTER, ...filter })];
}

describe('filterStatements', () => {
  it('keeps everything with no filter', () => {
    expect(kept({})).toEqual([0, 1, 2, 3]);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
  });

  it('searches folded: «الامم» finds «الأمم», diacritics and ta marbuta fold away', () => {
    expect(kept({ text: 'الامم' })).toEqual([0]);
    expect(kept({ text: 'المنظمه مستعده' })).toEqual([3]);
    expect(kept({ text: 'الأنبـاء' })).toEqual([2]);
    expect(kept({ text: 'لا يوجد' })).toEqual([]);
  });

  it('filters by speaker, kind and party (speaking or named in the statement)', () => {
    expect(kept({ speaker: speakerKey(QUOTES[1]?.speaker ?? null) })).toEqual([1, 3]);
    expect(kept({ speaker: '' })).toEqual([2]);
    expect(kept({ kind: 'indirect' })).toEqual([1, 3]);
    expect(kept({ party: 0 })).toEqual([0, 1]);
    expect(kept({ kind: 'indirect', text: 'الامن' })).toEqual([1]);
  });
});
