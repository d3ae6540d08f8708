// Shape checks for the hand-written linguistic lexicons: they are data, so a typo (an empty string, a
// stray diacritic, a Latin letter, a duplicate that only differs by hamza) would pass silently otherwise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LEXICON_DIR = new URL('../src/engine/lexicon/', import.meta.url);

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, LEXICON_DIR), 'utf8'));
}

// Arabic letters only (no diacritics, no tatweel), words separated by single spaces.
const ARABIC_PHRASE = /^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$/;

/** The engine's own folding, so that إعلان and اعلان count as one entry. */
function fold(word: string): string {
  return word
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

function duplicatesOf(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const w of words) {
    const key = fold(w);
    if (seen.has(key)) dups.push(w);
    seen.add(key);
  }
  return dups;
}

// The engine strips a proclitic before the lookup, so an entry like «بالتالي» or «للرئيس» is dead.
// Three letters or more after the article, so that words such as والي (governor) are not flagged.
const PROCLITIC_BEFORE_ARTICLE = /^(?:[وف]?[بكل]ال|[وف]ال|[وف]?لل)[\u0621-\u064A]{3,}$/;

function withProcliticArticle(words: readonly string[]): string[] {
  return words.filter((w) => PROCLITIC_BEFORE_ARTICLE.test(w));
}

function expectWordList(words: unknown, label: string): asserts words is string[] {
  expect(Array.isArray(words), `${label} is an array`).toBe(true);
  for (const w of words as unknown[]) {
    expect(typeof w, `${label}: ${String(w)}`).toBe('string');
    expect(w as string, `${label}: «${String(w)}» is Arabic`).toMatch(ARABIC_PHRASE);
  }
  expect(duplicatesOf(words as string[]), `${label} duplicates`).toEqual([]);
}

interface CueVerb {
  lemma: string;
  class: string;
  forms: Record<string, unknown>;
}
interface Participle {
  w: string;
  g: string;
}
interface Cues {
  verbs: CueVerb[];
  participles: Participle[];
  nouns: unknown;
}

describe('cues.json', () => {
  const cues = load('cues.json') as Cues;

  it('has 60+ verbs, each with a known class and m/f/pl forms', () => {
    expect(cues.verbs.length).toBeGreaterThanOrEqual(60);
    for (const verb of cues.verbs) {
      expect(verb.lemma).toMatch(ARABIC_PHRASE);
      expect(['speech', 'belief', 'object']).toContain(verb.class);
      expect(Object.keys(verb.forms).sort()).toEqual(['f', 'm', 'pl']);
      for (const [gender, forms] of Object.entries(verb.forms)) {
        expectWordList(forms, `${verb.lemma}.${gender}`);
      }
    }
    expectWordList(
      cues.verbs.map((v) => v.lemma),
      'lemmas',
    );
  });

  it('gives every surface form to one verb and one gender only', () => {
    const all = cues.verbs.flatMap((v) => Object.values(v.forms).flat() as string[]);
    expect(duplicatesOf(all)).toEqual([]);
  });

  it('has every class represented', () => {
    const classes = new Set(cues.verbs.map((v) => v.class));
    expect([...classes].sort()).toEqual(['belief', 'object', 'speech']);
  });

  it('has participles with a gender, and speech nouns', () => {
    for (const p of cues.participles) expect(['m', 'f', 'pl']).toContain(p.g);
    expectWordList(
      cues.participles.map((p) => p.w),
      'participles',
    );
    expect(cues.participles.map((p) => p.w)).toContain('قائلا');
    expectWordList(cues.nouns, 'nouns');
  });

  it('keeps verbs, participles and nouns apart', () => {
    const verbForms = cues.verbs.flatMap((v) => Object.values(v.forms).flat() as string[]);
    const all = [...verbForms, ...cues.participles.map((p) => p.w), ...(cues.nouns as string[])];
    expect(duplicatesOf(all)).toEqual([]);
  });
});

describe('sources.json', () => {
  const sources = load('sources.json') as Record<string, unknown>;
  it('has sourcing phrases before a source and document phrases', () => {
    expect(Object.keys(sources).sort()).toEqual(['before', 'document']);
    expectWordList(sources.before, 'before');
    expectWordList(sources.document, 'document');
    expect(sources.before).toContain('بحسب');
    expect(sources.before).toContain('وفقا ل');
  });
});

describe('anon.json', () => {
  const anon = load('anon.json') as { heads: Record<string, unknown>; modifiers: unknown };
  it('has heads by gender and modifiers', () => {
    expect(Object.keys(anon.heads).sort()).toEqual(['f', 'm', 'pl']);
    for (const [gender, words] of Object.entries(anon.heads)) expectWordList(words, `heads.${gender}`);
    expectWordList(Object.values(anon.heads).flat(), 'heads (all genders)');
    expectWordList(anon.modifiers, 'modifiers');
  });
});

describe('documents.json', () => {
  const documents = load('documents.json') as Record<string, unknown>;
  it('has masculine and feminine document nouns, none in both', () => {
    expect(Object.keys(documents).sort()).toEqual(['f', 'm']);
    expectWordList(documents.m, 'documents.m');
    expectWordList(documents.f, 'documents.f');
    expectWordList([...(documents.m as string[]), ...(documents.f as string[])], 'documents');
  });
});

describe('across files', () => {
  it('never lists a document noun as an unnamed-source head', () => {
    const anon = load('anon.json') as { heads: Record<string, string[]> };
    const documents = load('documents.json') as Record<string, string[]>;
    const heads = new Set(Object.values(anon.heads).flat().map(fold));
    const docs = Object.values(documents).flat();
    expect(docs.filter((d) => heads.has(fold(d)))).toEqual([]);
  });

  it('has no single-word entry with a proclitic glued to the article', () => {
    const titles = load('titles.json') as Record<string, string[]>;
    const anon = load('anon.json') as { heads: Record<string, string[]>; modifiers: string[] };
    const documents = load('documents.json') as Record<string, string[]>;
    const stopwords = load('stopwords.json') as { words: string[] };
    const all = [
      ...Object.values(titles).flat(),
      ...Object.values(anon.heads).flat(),
      ...anon.modifiers,
      ...Object.values(documents).flat(),
      ...stopwords.words,
    ];
    expect(withProcliticArticle(all)).toEqual([]);
  });
});

describe('titles.json', () => {
  const titles = load('titles.json') as Record<string, unknown>;
  it('has honorifics, roles and occupations, 100+ in all', () => {
    expect(Object.keys(titles).sort()).toEqual(['honorifics', 'occupations', 'roles']);
    let total = 0;
    for (const [kind, words] of Object.entries(titles)) {
      expectWordList(words, kind);
      total += words.length;
    }
    expect(total).toBeGreaterThanOrEqual(100);
  });
});

describe('stopwords.json', () => {
  const stopwords = load('stopwords.json') as { words: unknown };
  it('has 500+ words', () => {
    expectWordList(stopwords.words, 'stopwords');
    expect(stopwords.words.length).toBeGreaterThanOrEqual(500);
  });

  it('holds no word that is commonly a given or family name', () => {
    // A stopword ends a name, so «الرئيس رجب طيب أردوغان» must not stop on رجب.
    const names = ['عادل', 'أمين', 'كريم', 'جميل', 'منير', 'سعيد', 'حسن', 'صالح', 'نبيل', 'جمال', 'كمال'];
    const more = ['رجب', 'رمضان', 'شعبان', 'خميس', 'جمعة', 'صباح', 'مبارك', 'نصر', 'فتح', 'سلام', 'أمل'];
    const regnal = ['الأول', 'الثاني', 'الثالث', 'الثانية', 'السادس', 'الرابع'];
    const words = new Set((stopwords.words as string[]).map(fold));
    expect([...names, ...more, ...regnal].filter((n) => words.has(fold(n)))).toEqual([]);
  });
});
