// Shape checks for the gazetteer JSON files the engine matches names against.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LEXICON_DIR = new URL('../src/engine/lexicon/', import.meta.url);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, LEXICON_DIR), 'utf8'));
}

// Arabic letters (hamza to ghain, feh to yeh) and digits, single spaces between words. This leaves
// out diacritics, tatweel, Latin letters and punctuation.
const ARABIC_WORDS = /^[\u0621-\u063A\u0641-\u064A0-9]+( [\u0621-\u063A\u0641-\u064A0-9]+)*$/;

/** The folding the engine applies before matching; two forms equal after it are duplicates. */
function fold(form: string): string {
  return form
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

interface NamedEntry {
  name: string;
  aliases: string[];
  kind?: string;
  ambiguous?: boolean;
  demonym?: string[];
  capital?: string;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function asNamedEntries(data: unknown): NamedEntry[] {
  if (!Array.isArray(data)) throw new Error('not an array');
  return data.map((raw, index) => {
    const entry = raw as Record<string, unknown>;
    if (typeof entry.name !== 'string') throw new Error(`entry ${index}: name is not a string`);
    if (!isStringArray(entry.aliases)) throw new Error(`${entry.name}: aliases is not a string array`);
    if (entry.ambiguous !== undefined && entry.ambiguous !== true) {
      throw new Error(`${entry.name}: ambiguous must be true or absent`);
    }
    return entry as unknown as NamedEntry;
  });
}

function formsOf(entry: NamedEntry): string[] {
  return [entry.name, ...entry.aliases];
}

// Real pairs of different names where one is the other with a proclitic-looking first letter
// (Oujda/Jeddah, Paris/Arris). The engine must try the whole word before stripping a clitic.
const PROCLITIC_LOOKALIKES = new Set(['وجده', 'برشيد', 'كسلا', 'براوه', 'باميان', 'باريس', 'لوزان']);

/** Problems with a set of surface forms: bad script, duplicates, and proclitic-glued copies. */
function formProblems(groups: readonly string[][]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, number>();
  groups.forEach((forms, group) => {
    for (const form of forms) {
      if (!ARABIC_WORDS.test(form)) problems.push(`not plain Arabic words: «${form}»`);
      const key = fold(form);
      const previous = owner.get(key);
      if (previous !== undefined) problems.push(`duplicate after folding: «${form}»`);
      else owner.set(key, group);
    }
  });
  for (const key of owner.keys()) {
    if (PROCLITIC_LOOKALIKES.has(key)) continue;
    // «والأردن» beside «الأردن», «للقاهرة» beside «القاهرة»: a proclitic written into an entry.
    const bare = /^[وفبلك]/.test(key) ? key.slice(1) : undefined;
    const lam = key.startsWith('لل') ? `ا${key.slice(1)}` : undefined;
    for (const stripped of [bare, lam]) {
      if (stripped && owner.has(stripped)) problems.push(`proclitic copy: «${key}» of «${stripped}»`);
    }
  }
  return problems;
}

/** Problems with a named-entry file: too few entries, unknown kinds, bad or duplicate forms. */
function namedFileProblems(entries: readonly NamedEntry[], kinds: readonly string[] | null, minimum: number) {
  const problems: string[] = [];
  if (entries.length < minimum) problems.push(`only ${entries.length} entries, want ${minimum}`);
  if (kinds) {
    for (const entry of entries) {
      if (!kinds.includes(entry.kind ?? '')) problems.push(`${entry.name}: unknown kind ${entry.kind}`);
    }
  }
  for (const entry of entries) {
    if (entry.demonym === undefined) continue;
    // The engine looks demonyms up word by word, so a phrase would never match.
    if (!isStringArray(entry.demonym)) problems.push(`${entry.name}: demonym is not a string array`);
    else if (entry.demonym.some((d) => !/^[\u0621-\u063A\u0641-\u064A]+$/.test(d))) {
      problems.push(`${entry.name}: demonym not a single plain Arabic word`);
    }
  }
  const demonyms = entries.map((entry) => entry.demonym ?? []);
  return [...problems, ...formProblems(entries.map(formsOf)), ...formProblems(demonyms)];
}

function expectNames(entries: readonly NamedEntry[], names: readonly string[]): void {
  const known = new Set(entries.flatMap(formsOf));
  expect(names.filter((name) => !known.has(name))).toEqual([]);
}

describe('countries.json', () => {
  const countries = asNamedEntries(readJson('countries.json'));

  it('has well-formed entries', () => {
    expect(namedFileProblems(countries, null, 240)).toEqual([]);
  });

  it('has every demonym list and capital in plain Arabic', () => {
    for (const country of countries) {
      expect(isStringArray(country.demonym), country.name).toBe(true);
      if (country.capital !== undefined) expect(country.capital, country.name).toMatch(ARABIC_WORDS);
    }
  });

  it('knows the countries and spellings Arab news use', () => {
    expectNames(countries, ['روسيا', 'الولايات المتحدة', 'أميركا', 'أمريكا', 'مصر', 'السعودية', 'فلسطين']);
    expectNames(countries, ['المملكة المتحدة', 'بريطانيا', 'سورية', 'موريطانيا', 'الإمارات', 'الأردن']);
    const russia = countries.find((country) => country.name === 'روسيا');
    expect(russia?.demonym).toContain('روسي');
    expect(russia?.capital).toBe('موسكو');
  });
});

describe('places.json', () => {
  const places = asNamedEntries(readJson('places.json'));

  it('has well-formed entries', () => {
    expect(namedFileProblems(places, ['city', 'region', 'sea', 'continent', 'state'], 800)).toEqual([]);
  });

  it('knows well-known places', () => {
    expectNames(places, ['القاهرة', 'غزة', 'قطاع غزة', 'القدس', 'الضفة الغربية', 'الشرق الأوسط', 'دارفور']);
    expectNames(places, ['البحر الأحمر', 'أوروبا', 'موسكو', 'واشنطن', 'كاليفورنيا', 'حلب', 'نواكشوط']);
  });

  it('marks places that are also common words as ambiguous', () => {
    const tyre = places.find((place) => place.name === 'صور');
    expect(tyre?.ambiguous).toBe(true);
  });
});

describe('organisations.json', () => {
  const kinds = ['intl', 'media', 'party', 'armed', 'gov', 'company', 'sport', 'edu'];
  const organisations = asNamedEntries(readJson('organisations.json'));

  it('has well-formed entries', () => {
    expect(namedFileProblems(organisations, kinds, 600)).toEqual([]);
  });

  it('knows well-known organisations', () => {
    expectNames(organisations, ['الأمم المتحدة', 'مجلس الأمن', 'حلف شمال الأطلسي', 'رويترز', 'فرانس برس']);
    expectNames(organisations, ['حماس', 'حزب الله', 'داعش', 'الكرملين', 'البنتاغون', 'أرامكو', 'الفيفا']);
  });

  it('uses every kind', () => {
    const used = new Set(organisations.map((organisation) => organisation.kind));
    expect([...kinds].filter((kind) => !used.has(kind))).toEqual([]);
  });
});

describe('people.json', () => {
  const people = asNamedEntries(readJson('people.json'));

  it('has well-formed entries', () => {
    expect(namedFileProblems(people, null, 400)).toEqual([]);
  });

  it('knows well-known people and their short names', () => {
    expectNames(people, ['فلاديمير بوتين', 'بوتين', 'دونالد ترامب', 'ترامب', 'ترمب', 'أنطونيو غوتيريش']);
    expectNames(people, ['سيرغي لافروف', 'سيرجي لافروف', 'رجب طيب أردوغان', 'إيمانويل ماكرون']);
  });
});

describe('all gazetteers', () => {
  /** One-word forms of the named entries not marked ambiguous that are also in `words`. */
  function unmarkedClashes(words: ReadonlySet<string>): string[] {
    const clashes: string[] = [];
    for (const file of ['countries.json', 'places.json', 'organisations.json', 'people.json']) {
      for (const entry of asNamedEntries(readJson(file))) {
        if (entry.ambiguous) continue;
        for (const form of formsOf(entry)) {
          if (!form.includes(' ') && words.has(fold(form))) clashes.push(`${file}: ${form}`);
        }
      }
    }
    return clashes;
  }

  // «بانه» (Baneh, a Kurdish town in Iran) is also «بأنه», "that he", with a proclitic.
  it('mark a one-word name that is also a stopword, with or without a proclitic, as ambiguous', () => {
    const stopwords = (readJson('stopwords.json') as { words: string[] }).words.map(fold);
    const withProclitics = stopwords.flatMap((w) => [w, ...['و', 'ف', 'ب', 'ل', 'ك'].map((p) => p + w)]);
    expect(withProclitics).toContain('بانه');
    expect(unmarkedClashes(new Set(withProclitics))).toEqual([]);
  });

  // «آفاد» (Turkey's disaster agency) folds to «افاد», "he reported": the speaker would be a verb.
  it('mark a one-word name that is also a reporting cue as ambiguous', () => {
    const words: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') words.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(readJson('cues.json'));
    expect(words).toContain('أفاد');
    expect(unmarkedClashes(new Set(words.map(fold)))).toEqual([]);
  });

  // Ordinary words that are also names of places, people or companies in the lists: «سيول» is Seoul
  // and floods, «الميدان» a Damascus quarter and the square, «لمجرد» a singer and "for merely".
  it('mark a one-word name that is also an everyday word as ambiguous', () => {
    const everyday = [
      'سيول',
      'الميدان',
      'الحراك',
      'الضمير',
      'المهاجرين',
      'التضامن',
      'السفيرة',
      'تاريخا',
      'بريف',
      'يابسة',
      'مصيرة',
      'سيلان',
      'لمجرد',
      'لشكر',
      'بيتك',
      'البيت',
      'البلاغ',
      'العاصمة',
      'جلستان',
      'اجرا',
      'الجسمي',
      'الخطابي',
      'جيله',
      'مرسلي',
      'ينساب',
    ];
    expect(unmarkedClashes(new Set(everyday.map(fold)))).toEqual([]);
  });
});

describe('firstnames.json', () => {
  const data = readJson('firstnames.json') as Record<string, unknown>;
  const male = isStringArray(data.male) ? data.male : [];
  const female = isStringArray(data.female) ? data.female : [];

  it('has enough male and female names in plain Arabic, without duplicates', () => {
    expect(Object.keys(data).sort()).toEqual(['female', 'male']);
    expect(male.length).toBeGreaterThanOrEqual(600);
    expect(female.length).toBeGreaterThanOrEqual(300);
    expect(formProblems(male.map((name) => [name])).filter((p) => !p.startsWith('proclitic'))).toEqual([]);
    expect(formProblems(female.map((name) => [name])).filter((p) => !p.startsWith('proclitic'))).toEqual([]);
  });

  it('knows common given names in their usual spellings', () => {
    expect(male).toEqual(expect.arrayContaining(['محمد', 'أحمد', 'عبد الله', 'عبدالله', 'سيرغي', 'سيرجي']));
    expect(female).toEqual(expect.arrayContaining(['فاطمة', 'مريم', 'أنجيلا']));
  });
});

describe('formProblems', () => {
  it('catches the mistakes it is meant to catch', () => {
    expect(formProblems([['الأردن'], ['والأردن']])).toHaveLength(1);
    expect(formProblems([['القاهرة'], ['للقاهرة']])).toHaveLength(1);
    expect(formProblems([['سوريا', 'سوريا']])).toHaveLength(1);
    expect(formProblems([['إسرائيل'], ['اسرائيل']])).toHaveLength(1);
    expect(formProblems([['مِصر']])).toHaveLength(1);
    expect(formProblems([['Paris']])).toHaveLength(1);
    expect(formProblems([['روسيا', 'روسيا الاتحادية'], ['موسكو']])).toEqual([]);
    const phraseDemonym: NamedEntry = { name: 'كوريا الشمالية', aliases: [], demonym: ['كوري شمالي'] };
    expect(namedFileProblems([phraseDemonym], null, 1)).toHaveLength(1);
  });
});
