import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';

/** Statements as [what was said, speaker name or null, kind]. */
const said = (text: string) =>
  analyze(text).quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name ?? null, q.kind]);

describe('direct speech', () => {
  it('takes the words inside any style of quotation marks', () => {
    for (const [open, close] of [
      ['«', '»'],
      ['"', '"'],
      ['“', '”'],
      ['”', '“'],
      ['„', '“'],
      ['‹', '›'],
    ]) {
      const text = `وقال الرئيس سمير النجار ${open}سنبني مدارس جديدة في كل قرية${close}.`;
      expect(said(text)).toEqual([['سنبني مدارس جديدة في كل قرية', 'سمير النجار', 'direct']]);
    }
  });

  it('finds the cue after the quotation and a colon before it', () => {
    expect(said('«لن نتراجع عن هذا القرار أبدا»، قال الوزير خالد العمري.')).toEqual([
      ['لن نتراجع عن هذا القرار أبدا', 'خالد العمري', 'direct'],
    ]);
    expect(said('وأضاف خالد العمري: «الحوار هو الطريق الوحيد».')[0]?.[1]).toBe('خالد العمري');
  });

  it('follows a participle back to the verb’s subject', () => {
    expect(said('وتابع سمير النجار كلامه قائلا "نحن مستعدون للعمل مع الجميع".')).toEqual([
      ['نحن مستعدون للعمل مع الجميع', 'سمير النجار', 'direct'],
    ]);
  });

  it('survives unbalanced and nested marks without swallowing the article', () => {
    const text =
      'قال سمير النجار «إن الخطة "الجديدة" ناجحة». وفي خبر آخر « بدأ الموسم.\n\nوقالت هدى الساعدي إن الموسم طويل.';
    const found = said(text);
    expect(found[0]).toEqual(['إن الخطة "الجديدة" ناجحة', 'سمير النجار', 'direct']);
    expect(found.at(-1)).toEqual(['الموسم طويل', 'هدى الساعدي', 'indirect']);
    expect(found).toHaveLength(2);
  });

  it('does not take a title in quotation marks as a statement', () => {
    expect(said('شاهد الجمهور فيلم «الطريق إلى البحر» في الافتتاح.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('takes the clause after إن without the fused pronoun, to the end of the sentence', () => {
    expect(said('وقالت روسيا في وقت سابق إنها شنت ضربات جوية. ثم انتهى الاجتماع.')).toEqual([
      ['شنت ضربات جوية', 'روسيا', 'indirect'],
    ]);
  });

  it('stops where the reporter resumes', () => {
    expect(said('وأكد خالد العمري أن الاتفاق صامد وهو ما نفته المعارضة.')).toEqual([
      ['الاتفاق صامد', 'خالد العمري', 'indirect'],
    ]);
    // A feminine verb joined by و takes the subject back; a plural noun in ات does not.
    expect(said('وقالت الأردن إنها تدعم الحوار ورفضت أي تدخل.')[0]?.[0]).toBe('تدعم الحوار');
    expect(said('وقالت الأردن إنها تدعم الحوار والمفاوضات.')[0]?.[0]).toBe('تدعم الحوار والمفاوضات');
  });

  it('resolves a bare verb to the last speaker of the right gender', () => {
    const found = said(
      'قالت الوزيرة هدى الساعدي إن الميزانية جاهزة. وقال سمير النجار إن المشروع تأخر. وأضافت أن الإنفاق سيرتفع. وقال إن الرواتب ستزيد.',
    );
    expect(found.map((f) => f[1])).toEqual(['هدى الساعدي', 'سمير النجار', 'هدى الساعدي', 'سمير النجار']);
  });

  it('resolves a title with no name to the person named with it before', () => {
    const found = said(
      'قال وزير الخارجية الروسي سيرجي لافروف إن الحوار ممكن. ثم غادر القاعة. وأضاف الوزير أن الاتصالات مستمرة. وبحسب وزير الخارجية، فإن الاجتماع المقبل في جنيف.',
    );
    expect(found.map((f) => f[1])).toEqual(['سيرجي لافروف', 'سيرجي لافروف', 'سيرجي لافروف']);
  });

  it('names an unnamed source and a document', () => {
    const found = said('وقال مصدر أمني إن الهجوم فشل. وذكر التقرير أن الخسائر كبيرة.');
    expect(found.map((f) => f[1])).toEqual(['مصدر أمني', 'التقرير']);
  });

  it('takes sourcing phrases before and after the statement', () => {
    const found = said(
      'وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى مئة. وانخفضت الأسعار بنسبة كبيرة، وفقا لوكالة رويترز.',
    );
    expect(found).toEqual([
      ['عدد المصابين ارتفع إلى مئة', 'وزارة الصحة', 'indirect'],
      ['وانخفضت الأسعار بنسبة كبيرة', 'وكالة رويترز', 'indirect'],
    ]);
  });

  it('marks a reported clause holding a quoted fragment as mixed', () => {
    expect(said('وقال خالد العمري إن المطلوب "مساعدة شاملة" للعملية.')[0]?.[2]).toBe('mixed');
  });

  it('puts a belief on the party before a relative pronoun', () => {
    const found = said('شككت فيه فرنسا وألمانيا اللتان تعتقدان أن موسكو تدعم الحكومة.');
    expect(found[0]?.[0]).toBe('موسكو تدعم الحكومة');
    expect(found[0]?.[1]).toContain('فرنسا');
  });

  it('reads a headline of the form NAME: statement', () => {
    expect(said('لافروف: روسيا مستعدة للحوار\n\nنص الخبر هنا.')).toEqual([
      ['روسيا مستعدة للحوار', 'لافروف', 'direct'],
    ]);
  });
});
