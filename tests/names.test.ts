import { describe, expect, it } from 'vitest';
import { mergeSpeakers, nameKey, type SpeakerName, speakerEntry } from '../src/engine/names.ts';

function mergedOf(names: SpeakerName[]): (name: string, type?: SpeakerName['type']) => string | undefined {
  const merged = mergeSpeakers(names);
  return (name, type = 'PER') => merged.get(speakerEntry(name, type));
}

describe('nameKey', () => {
  it('folds hamza, alef maqsura, marks and tatweel', () => {
    expect(nameKey('سيرجى لافروف')).toBe(nameKey('سيرجي لافروف'));
    expect(nameKey('إيلي كوهين')).toBe(nameKey('ايلي كوهين'));
    expect(nameKey('لافـــروفُ')).toBe(nameKey('لافروف'));
  });

  it('tolerates g written as ج or غ', () => {
    expect(nameKey('سيرغي لافروف')).toBe(nameKey('سيرجي لافروف'));
    expect(nameKey('غوتيريش')).toBe(nameKey('جوتيريش'));
  });

  it('takes honorifics off the front but keeps a name that is only a title word', () => {
    expect(nameKey('الدكتور محمد عبد العاطي')).toBe(nameKey('محمد عبدالعاطي'));
    expect(nameKey('د. فراس إلياس')).toBe(nameKey('فراس إلياس'));
    expect(nameKey('الرئيس')).toBe('الرييس');
  });

  it('keeps different names apart', () => {
    expect(nameKey('حسن')).not.toBe(nameKey('حسين'));
    expect(nameKey('قاسم')).not.toBe(nameKey('جاسم'));
    expect(nameKey('كمال')).not.toBe(nameKey('جمال'));
  });
});

describe('mergeSpeakers', () => {
  it('merges a bare family name, and spelling variants, with the one full name', () => {
    const of = mergedOf([
      { name: 'سيرجي لافروف', type: 'PER' },
      { name: 'لافروف', type: 'PER' },
      { name: 'سيرغي لافروف', type: 'PER' },
      { name: 'ولافروف', type: 'PER' },
      { name: 'هاني سليمان', type: 'PER' },
    ]);
    const lavrov = of('سيرجي لافروف');
    expect(of('لافروف')).toBe(lavrov);
    expect(of('سيرغي لافروف')).toBe(lavrov);
    expect(of('ولافروف')).toBe(lavrov);
    expect(of('هاني سليمان')).not.toBe(lavrov);
  });

  it('leaves a family name two full names share on its own', () => {
    const of = mergedOf([
      { name: 'محمد عبد العاطي', type: 'PER' },
      { name: 'حسن عبد العاطي', type: 'PER' },
      { name: 'عبدالعاطي', type: 'PER' },
    ]);
    expect(of('عبدالعاطي')).toBe(speakerEntry('عبد العاطي', 'PER'));
    expect(of('محمد عبد العاطي')).not.toBe(of('حسن عبد العاطي'));
  });

  it('merges a first and middle name with the full three-part name', () => {
    const of = mergedOf([
      { name: 'خالد عبد الكريم ماسا', type: 'PER' },
      { name: 'خالد عبد الكريم', type: 'PER' },
    ]);
    expect(of('خالد عبد الكريم')).toBe(of('خالد عبد الكريم ماسا'));
  });

  it('merges within one type only, and never unnamed sources by their first word', () => {
    const of = mergedOf([
      { name: 'لافروف', type: 'ORG' },
      { name: 'سيرجي لافروف', type: 'PER' },
      { name: 'مصدر', type: 'ANON' },
      { name: 'مصدر أمني', type: 'ANON' },
    ]);
    expect(of('لافروف', 'ORG')).toBe(speakerEntry('لافروف', 'ORG'));
    expect(of('مصدر', 'ANON')).not.toBe(of('مصدر أمني', 'ANON'));
  });
});
