import { describe, expect, it } from 'vitest';
import { fold } from '../src/engine/normalise.ts';
import { stemCandidates, stripClitics } from '../src/engine/tagger/clitics.ts';
import { decodeBase64, decodeVarints, encodeBase64, encodeVarints } from '../src/engine/tagger/codec.ts';
import { CUE_PLACE, CUE_TITLE, cueClass } from '../src/engine/tagger/cues.ts';
import {
  documentFlags,
  ONLY_OUTSIDE_BIT,
  SPORT_BIT,
  withRepeatedNames,
} from '../src/engine/tagger/document.ts';
import { chainedCue, FeatureExtractor } from '../src/engine/tagger/features.ts';
import { foldWord } from '../src/engine/tagger/fold.ts';
import { FIRST_NAME_BIT, Gazetteer, gazetteerOf } from '../src/engine/tagger/gazetteer.ts';
import { CREDITS, type TaggedSpan, tagTokens } from '../src/engine/tagger/index.ts';
import { defaultGazetteer } from '../src/engine/tagger/lexicons.ts';
import { NameLikeness } from '../src/engine/tagger/likeness.ts';
import { emissions, type LinearModel } from '../src/engine/tagger/model.ts';
import { scoreSentence } from '../src/engine/tagger/scorer.ts';
import { repairBio, spansOf, TAG_COUNT } from '../src/engine/tagger/tags.ts';
import { classOfCounts, Vocabulary } from '../src/engine/tagger/vocabulary.ts';

const words = (text: string): string[] => text.split(' ');

function spanText(ws: string[], span: TaggedSpan): string {
  return ws.slice(span.start, span.end).join(' ');
}

function expectWellFormed(spans: TaggedSpan[], length: number): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(['PER', 'ORG', 'LOC']).toContain(s.type);
    last = s.end;
  }
}

describe('tagTokens', () => {
  it('tags a person named after a title as PER', () => {
    const ws = words('وقال الرئيس الأمريكي جورج بوش في مؤتمر صحفي إن المحادثات كانت مثمرة .');
    const spans = tagTokens(ws);
    const person = spans.find((s) => s.type === 'PER');
    expect(person && spanText(ws, person)).toContain('بوش');
  });

  it('tags a country as LOC and an organisation as ORG', () => {
    const ws = words('وصل وفد من فرنسا إلى مقر الأمم المتحدة في نيويورك أمس .');
    const spans = tagTokens(ws);
    const found = spans.map((s) => `${s.type}:${spanText(ws, s)}`);
    expect(found).toContain('LOC:فرنسا');
    expect(found).toContain('ORG:الأمم المتحدة');
  });

  it('returns nothing for no words', () => {
    expect(tagTokens([])).toEqual([]);
  });

  it('keeps spans in bounds, ordered and disjoint on 10k tokens of garbage', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى0123456789abcXYZ.,،؛«»()-ـًٌٍَُِّْ';
    const ws = Array.from({ length: 10_000 }, () => {
      const n = 1 + Math.floor(random() * 9);
      let w = '';
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(random() * alphabet.length)];
      return w;
    });
    const spans = tagTokens(ws);
    expectWellFormed(spans, ws.length);
  });

  it('keeps spans well formed on real-looking text with repeated names', () => {
    const ws = words(
      'التقى وزير الخارجية الفرنسي بنظيره الألماني في برلين . وقال الوزير إن فرنسا وألمانيا متفقتان . ' +
        'وأضاف أن الاتحاد الأوروبي سيجتمع في بروكسل الأسبوع المقبل .',
    );
    const spans = tagTokens(ws);
    expectWellFormed(spans, ws.length);
    expect(spans.some((s) => s.type === 'LOC' && spanText(ws, s) === 'برلين')).toBe(true);
  });

  it('credits ANERcorp', () => {
    expect(CREDITS).toContain('ANERcorp');
    expect(CREDITS).toContain('CC BY-SA 4.0');
  });
});

describe('tagger parts', () => {
  it('tags the bare surname of a surely named person wherever it recurs, through a lone preposition', () => {
    const stems = ['طبيب', 'سيغموند', 'فرويد', 'ولد', 'فرويد', 'زار', 'لفرويد', 'عالم', 'رايس'];
    const sure: TaggedSpan = { start: 1, end: 3, type: 'PER', confidence: 0.95 };
    const unsure: TaggedSpan = { start: 8, end: 9, type: 'PER', confidence: 0.6 };
    const out = withRepeatedNames([sure, unsure], stems);
    expect(out.map((s) => [s.start, s.end, s.confidence])).toEqual([
      [1, 3, 0.95],
      [4, 5, 0.95],
      [6, 7, 0.95],
      [8, 9, 0.6],
    ]);
    // a sure place does not spread: a lone place word recurring is as often the common word
    expect(withRepeatedNames([{ ...sure, type: 'LOC' }], stems)).toHaveLength(1);
    expect(withRepeatedNames([{ ...sure, confidence: 0.8 }], stems)).toHaveLength(1);
  });

  it('strips proclitics only when two letters remain', () => {
    expect(stripClitics('والرئيس').stem).toBe('رئيس');
    expect(stripClitics('للرئيس').stem).toBe('رئيس');
    expect(stripClitics('بال').stem).toBe('بال');
    expect(stripClitics('لم').stem).toBe('لم');
    expect(stemCandidates('للبنان')).toContain('لبنان');
  });

  it('round-trips base64 and varints', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 20, 5];
    const bytes = encodeVarints(values);
    expect(Array.from(decodeVarints(decodeBase64(encodeBase64(bytes)), values.length))).toEqual(values);
    for (const n of [0, 1, 2, 3, 4, 5]) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 97) % 256);
      expect(Array.from(decodeBase64(encodeBase64(b)))).toEqual(Array.from(b));
    }
  });

  it('matches multi-word gazetteer entries through proclitics', () => {
    const g = new Gazetteer();
    g.add(['الامم', 'المتحده'], 'ORG');
    g.addFirstName('محمد');
    const flags = g.flags(['قال', 'محمد', 'للامم', 'المتحده']);
    expect(flags[1]).toBe(FIRST_NAME_BIT);
    expect(flags[0]).toBe(0);
    expect(flags[2]).not.toBe(0);
    expect(flags[3]).not.toBe(0);
    expect(flags[2]).not.toBe(flags[3]);
  });

  it('reads a name listed with the article in «لل» words, not in the bare word', () => {
    const g = new Gazetteer();
    g.add(['الاسد'], 'PER');
    const [bare, conjoined, merged, mergedAfterConjunction] = g.flags(['اسد', 'والاسد', 'للاسد', 'وللاسد']);
    expect(bare).toBe(0);
    expect(conjoined).toBe(1);
    expect(merged).toBe(1);
    expect(mergedAfterConjunction).toBe(1);
  });

  it('reads a given name with the article only where it is listed with it', () => {
    const g = new Gazetteer();
    g.addFirstName('ثاني');
    g.addFirstName('الحسن');
    const [ordinal, name, withConjunction, merged, bare] = g.flags([
      'الثاني',
      'الحسن',
      'والحسن',
      'للحسن',
      'ثاني',
    ]);
    expect(ordinal).toBe(0);
    expect(name).toBe(FIRST_NAME_BIT);
    expect(withConjunction).toBe(FIRST_NAME_BIT);
    expect(merged).toBe(FIRST_NAME_BIT);
    expect(bare).toBe(FIRST_NAME_BIT);
  });

  it('indexes the engine lexicon: its names, demonyms and first names', () => {
    const lex = {
      gazetteer: new Map([
        [
          'الامم',
          [
            {
              name: 'الأمم المتحدة',
              type: 'ORG' as const,
              words: ['الامم', 'المتحده'],
              ambiguous: false,
              key: 'ORG:الامم المتحده',
            },
          ],
        ],
      ]),
      demonyms: new Set(['روسي']),
      maleNames: new Set(['محمد']),
      femaleNames: new Set<string>(),
    };
    const flags = gazetteerOf(lex).flags(['محمد', 'روسي', 'الامم', 'المتحده']);
    expect(flags[0]).toBe(FIRST_NAME_BIT);
    expect(flags[1]).not.toBe(0);
    expect(flags[2]).not.toBe(0);
    expect(flags[3]).not.toBe(0);
  });

  it('repairs stray I- tags and reads spans', () => {
    // O I-PER I-PER O B-LOC I-ORG
    const tags = repairBio([0, 2, 2, 0, 5, 4]);
    expect(tags).toEqual([0, 1, 2, 0, 5, 3]);
    expect(spansOf(tags)).toEqual([
      { start: 1, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('scores with cached word vectors exactly as with the full feature list', () => {
    const bits = 12;
    const weights = Float64Array.from({ length: 2 ** bits * TAG_COUNT }, (_, i) => ((i * 7919) % 201) - 100);
    const model: LinearModel = {
      bits,
      mask: 2 ** bits - 1,
      weights,
      transitions: new Float64Array(56),
      scale: 1,
    };
    const vocabulary = Vocabulary.of([
      ['قال', 1],
      ['فرنسا', 7],
    ]);
    const likeness = NameLikeness.train(['فرنسا', 'لافروف'], ['قال', 'وزير', 'خارجيه']);
    const extractor = new FeatureExtractor(defaultGazetteer(), { vocabulary, likeness });
    const ws = words('وقال وزير الخارجية الفرنسي لافروف إن الأمم المتحدة ستجتمع');
    const doc = Uint32Array.from(ws, (_, i) => (i % 3) | (i > 4 ? SPORT_BIT : 0));
    const full = emissions(model, extractor.extract(ws, doc), ws.length);
    const cached = scoreSentence(model, extractor.view(ws, doc));
    expect(Array.from(cached)).toEqual(Array.from(full));
  });

  it('classes stems by what training tagged them as, and keeps the classes through the file', () => {
    // counts per group: O, PER, ORG, LOC
    const once = classOfCounts([1, 0, 0, 0]);
    const alwaysO = classOfCounts([40, 0, 0, 0]);
    const person = classOfCounts([0, 19, 0, 1]);
    const mostlyPerson = classOfCounts([3, 5, 0, 0]);
    const place = classOfCounts([0, 0, 0, 7]);
    const classes = [once, alwaysO, person, mostlyPerson, place];
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes).not.toContain(0);
    const stems = ['ولد', 'قال', 'بلير', 'رمضان', 'بغداد'];
    const file = Vocabulary.of(stems.map((s, i) => [s, classes[i] as number])).save();
    const vocabulary = Vocabulary.load(JSON.parse(JSON.stringify(file)));
    expect(stems.map((s) => vocabulary.classOf(s))).toEqual(classes);
    expect(vocabulary.classOf('فرويد')).toBe(0);
  });

  it('reports what a stem was tagged as elsewhere, not at the token itself', () => {
    // فرويد tagged B-PER once, O once; كان only O
    const flags = documentFlags(['فرويد', 'كان', 'فرويد', 'كان'], [1, 0, 0, 0]);
    expect(flags[0]).toBe(ONLY_OUTSIDE_BIT);
    expect(flags[2]).toBe(1);
    expect(flags[1]).toBe(ONLY_OUTSIDE_BIT);
  });
});

describe('tagger context', () => {
  const FOREIGN_NAMES =
    'فرويد شيراك كلينتون ميركل بوتين ساركوزي لاريجاني غوتيريش ستولتنبرغ زيلينسكي ماكرون جونسون'.split(' ');
  const ORDINARY = 'كتاب مدرسه اجتماع محادثات حكومه يستطيع اعلن مشاركه الاقتصاد قرار مجلس وزاره'.split(' ');

  it('rates an unseen foreign name more name-like than an unseen ordinary word, the same after saving', () => {
    const likeness = NameLikeness.train(FOREIGN_NAMES, ORDINARY);
    const unseenName = 'ستيفنسون';
    const unseenWord = 'مشاركات';
    expect(likeness.bucket(unseenName)).toBeGreaterThan(likeness.bucket(unseenWord));
    const loaded = NameLikeness.load(JSON.parse(JSON.stringify(likeness.save())));
    for (const w of [unseenName, unseenWord, ...FOREIGN_NAMES, ...ORDINARY])
      expect(loaded.bucket(w)).toBe(likeness.bucket(w));
  });

  it('marks every word of a text about sport, from three sport words on', () => {
    const sport = documentFlags(['فاز', 'ليفربول', 'مباراه', 'دوري', 'هدف'], [0, 0, 0, 0, 0]);
    expect(Array.from(sport, (f) => f & SPORT_BIT)).toEqual(Array(5).fill(SPORT_BIT));
    const politics = documentFlags(['زار', 'ليفربول', 'وزير', 'هدف', 'دوري'], [0, 0, 0, 0, 0]);
    expect(Array.from(politics, (f) => f & SPORT_BIT)).toEqual(Array(5).fill(0));
  });

  it('reads the lexicon titles without the article only: «إلى» stays a place cue though «والي» is a title', () => {
    expect(cueClass('الي', 'الي')).toBe(CUE_PLACE);
    expect(cueClass('والي', 'والي')).toBe(CUE_TITLE);
    expect(cueClass('الفنان', 'فنان')).toBe(CUE_TITLE);
    expect(cueClass('رييس', 'رييس')).toBe(CUE_TITLE);
  });

  it('links a name to the title before it through definite words only', () => {
    const extractor = new FeatureExtractor(null);
    const infos = (text: string) => extractor.view(words(text)).infos;
    expect(chainedCue(infos('وزير الثقافة الإيراني مهاجراني'), 3)).toBe(3);
    expect(chainedCue(infos('رئيس الوزراء كويرالا'), 2)).toBe(2);
    // an indefinite word breaks the link; definite words after a word that is no cue link to nothing
    expect(chainedCue(infos('وزير ثقافة إيراني مهاجراني'), 3)).toBe(0);
    expect(chainedCue(infos('زار الوزير مهاجراني'), 2)).toBe(0);
  });
});

describe('foldWord', () => {
  it('agrees with fold() on Arabic, Latin, marks and spaces', () => {
    for (const w of [
      'أَحْمَدُ',
      'مصطفى',
      'الجزيرة',
      'ـالـقـدس',
      'Reuters',
      'a b',
      ' a  b ',
      'كلمة\u200c',
      'ئؤ',
      '١٢٣',
    ]) {
      expect(foldWord(w)).toBe(fold(w));
    }
  });
});
