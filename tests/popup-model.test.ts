import { describe, expect, it } from 'vitest';
import { pickLanguage, t } from '../src/i18n.ts';
import type { QuoteView } from '../src/messages.ts';
import { quoteContaining } from '../src/page/session.ts';
import { groupBySpeaker, groupParties } from '../src/popup/model.ts';

function quote(speaker: string | null, text = 'ن'): QuoteView {
  return {
    kind: 'direct',
    text,
    cue: 'قال',
    speaker: speaker ? { name: speaker, type: 'PER' } : null,
    resolution: speaker ? 'named' : 'none',
    start: 0,
    end: text.length,
    parties: [],
  };
}

describe('groupBySpeaker', () => {
  it('orders speakers by number of statements, unnamed last, keeping statement indexes', () => {
    const groups = groupBySpeaker([quote('أ'), quote(null), quote('ب'), quote('ب'), quote('أ'), quote('ب')]);
    expect(groups.map((group) => group.name)).toEqual(['ب', 'أ', null]);
    expect(groups[0]?.statements.map((statement) => statement.index)).toEqual([2, 3, 5]);
  });

  it('keeps one party under one name, its fullest', () => {
    const short = { ...quote('سليمان'), speaker: { name: 'سليمان', type: 'PER' as const, partyId: 4 } };
    const full = {
      ...quote('هاني سليمان'),
      speaker: { name: 'هاني سليمان', type: 'PER' as const, partyId: 4 },
    };
    const groups = groupBySpeaker([short, full, quote('سليمان')]);
    expect(groups.map((group) => [group.name, group.statements.length])).toEqual([
      ['هاني سليمان', 2],
      ['سليمان', 1],
    ]);
  });
});

describe('groupParties', () => {
  it('groups by type, most mentioned first', () => {
    const groups = groupParties([
      { name: 'روسيا', type: 'LOC', count: 2 },
      { name: 'رويترز', type: 'ORG', count: 1 },
      { name: 'سوريا', type: 'LOC', count: 5 },
    ]);
    expect(groups.get('LOC')?.map((party) => party.name)).toEqual(['سوريا', 'روسيا']);
    expect(groups.get('PER')).toEqual([]);
  });
});

describe('quoteContaining', () => {
  const quotes = [10, 30, 50].map((start) => ({
    start,
    end: start + 10,
    kind: 'direct' as const,
    cue: { text: 'قال', start: 0, end: 0 },
    speaker: null,
    resolution: 'none' as const,
  }));
  it('finds the statement under an offset, none between statements', () => {
    expect(quoteContaining(quotes, 35)?.start).toBe(30);
    expect(quoteContaining(quotes, 59)?.start).toBe(50);
    expect(quoteContaining(quotes, 20)).toBeUndefined();
    expect(quoteContaining(quotes, 5)).toBeUndefined();
  });
});

describe('UI language', () => {
  it('follows the first of Arabic or English among the preferred languages', () => {
    expect(pickLanguage(['fr-FR', 'ar-EG', 'en'])).toBe('ar');
    expect(pickLanguage(['en-GB', 'ar'])).toBe('en');
    expect(pickLanguage(['de'])).toBe('ar');
  });
  it('substitutes placeholders in both catalogues', () => {
    expect(t('statementCount', 3, 'en')).toBe('statements: 3');
    expect(t('statementCount', 3, 'ar')).toBe('تصريحات: 3');
  });
});
