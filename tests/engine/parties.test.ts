import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';

const surfaces = (text: string) =>
  analyze(text).parties.flatMap((p) =>
    p.mentions.map((m) => ({ text: text.slice(m.start, m.end), type: p.type })),
  );

describe('named parties', () => {
  it('finds the parties inside words glued by a scraper, with exact spans', () => {
    for (const [text, expected] of [
      ['زار الوفد الولاياتالمتحدة أمس', ['الولاياتالمتحدة']],
      ['اجتمعت روسياوالولاياتالمتحدة في جنيف', ['روسيا', 'الولاياتالمتحدة', 'جنيف']],
      ['دعت الاممالمتحدة إلى الهدوء', ['الاممالمتحدة']],
      ['أبلغ التحالف الذي تقوده الولاياتالمتحدةسوريا بالضربات', ['الولاياتالمتحدة', 'سوريا']],
    ] as const) {
      expect(surfaces(text).map((s) => s.text)).toEqual(expected);
    }
  });

  it('does not find a country inside an ordinary word', () => {
    expect(surfaces('فتح المصرف فرعا جديدا وسقطت قطرة ماء')).toEqual([]);
  });

  it('leaves proclitics out of the span', () => {
    const text = 'وتوجه الوفد إلى القاهرة وبروسيا ثم للأمم المتحدة وقالت مصر';
    const found = surfaces(text).map((s) => s.text);
    expect(found).toContain('القاهرة');
    expect(found).toContain('روسيا');
    expect(found).toContain('مصر');
    expect(found.some((s) => s.endsWith('أمم المتحدة'))).toBe(true);
    expect(found.every((s) => !/^[وب]/.test(s) || s === 'القاهرة')).toBe(true);
  });

  it('takes the name after a title, not the title', () => {
    const a = analyze('قال وزير الخارجية الروسي سيرجي لافروف إن بلاده مستعدة. وأضاف لافروف أن الحوار ممكن.');
    const lavrov = a.parties.find((p) => p.name === 'سيرجي لافروف');
    expect(lavrov?.type).toBe('PER');
    expect(lavrov?.mentions).toHaveLength(2);
  });

  it('finds an unlisted person by a title and by a known given name', () => {
    const names = analyze('وقال المدرب غيث الطراونة إن الفريق جاهز. وحضر سامر الخطيب المؤتمر.').parties.map(
      (p) => p.name,
    );
    expect(names).toContain('غيث الطراونة');
    expect(names).toContain('سامر الخطيب');
  });

  it('builds organisation names from a head and its modifiers', () => {
    const a = analyze('وقالت وزارة الخارجية الروسية في بيان إن الاجتماع أُلغي.');
    expect(a.parties.map((p) => [p.name, p.type])).toContainEqual(['وزارة الخارجية الروسية', 'ORG']);
  });

  it('reads the family name of someone named before as that person, not the end of the next name', () => {
    const text =
      'وقال الوزير سمير النجار إن الحدود آمنة.\n\nووعدت المستشارة الألمانية أنجيلا ميركل النجار بالمساعدة في تأمين الحدود.';
    const parties = analyze(text).parties.map((p) => [p.name, p.forms]);
    expect(parties).toContainEqual(['سمير النجار', ['سمير النجار', 'النجار']]);
    expect(parties).toContainEqual(['أنجيلا ميركل', ['أنجيلا ميركل']]);
  });

  it('does not take nationality adjectives or bare titles as parties', () => {
    const names = analyze('وقال الوزير الروسي إن الحكومة ستعلن القرار.').parties.map((p) => p.name);
    expect(names).not.toContain('الروسي');
    expect(names).not.toContain('الحكومة');
    expect(names).not.toContain('الوزير');
  });

  it('keeps one party for a name with ئ or ؤ, however it was found (title, tagger)', () => {
    const a = analyze(
      'وقالت مديرة المنظمة فائزة الزعبي إن الاجتماع كان مثمرا. وأكدت فائزة الزعبي أن العمل سيستمر.',
    );
    expect(a.parties.filter((party) => party.name === 'فائزة الزعبي')).toHaveLength(1);
    expect(new Set(a.quotes.map((quote) => quote.speaker?.partyId)).size).toBe(1);
  });
});
