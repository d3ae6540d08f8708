// The lexicons, loaded once and folded for matching. The word lists live in ./lexicon/*.json.
import anonData from './lexicon/anon.json';
import countriesData from './lexicon/countries.json';
import cuesData from './lexicon/cues.json';
import documentsData from './lexicon/documents.json';
import firstnamesData from './lexicon/firstnames.json';
import organisationsData from './lexicon/organisations.json';
import peopleData from './lexicon/people.json';
import placesData from './lexicon/places.json';
import sourcesData from './lexicon/sources.json';
import stopwordsData from './lexicon/stopwords.json';
import titlesData from './lexicon/titles.json';
import { fold } from './normalise.ts';
import type { PartyType } from './types.ts';

/** Grammatical gender/number of a verb form or a noun, for agreement between a cue and its speaker. */
export type Gender = 'm' | 'f' | 'pl';

export type CueClass = 'speech' | 'belief' | 'object';

export interface CueForm {
  lemma: string;
  cls: CueClass;
  gender: Gender;
}

export interface GazetteerEntry {
  /** Display name as the lexicon writes it. */
  name: string;
  type: PartyType;
  /** Folded words of this surface form. */
  words: string[];
  /** Needs supporting context (the name is also a common word). */
  ambiguous: boolean;
  /** The canonical entry's key, shared by all its aliases, so aliases merge into one party. */
  key: string;
  /** For an organisation, the folded head noun a text uses to refer back to it («الشركة», «الحزب»). */
  head?: string;
}

interface NamedEntry {
  name: string;
  kind?: string;
  aliases?: string[];
  demonym?: string[];
  ambiguous?: boolean;
}

export interface Lexicon {
  cues: Map<string, CueForm>;
  participles: Map<string, Gender>;
  speechNouns: Set<string>;
  /** Sourcing phrases by their first word, each as the list of the words after it («وفقا ل» → وفقا: [['ل']]). */
  sourcesBefore: Map<string, string[][]>;
  anonHeads: Map<string, Gender>;
  anonModifiers: Set<string>;
  documents: Map<string, Gender>;
  /** Multi-word document heads such as «مشروع قرار». */
  documentPhrases: { words: string[]; gender: Gender }[];
  honorifics: Set<string>;
  /** Multi-word titles by their first folded word: «رئيس» → [['الوزراء'], …]. */
  roles: Map<string, string[][]>;
  occupations: Set<string>;
  stopwords: Set<string>;
  maleNames: Set<string>;
  femaleNames: Set<string>;
  /** Nationality adjectives in all their forms (الروسي، الروسية، روسية، الروس …). */
  demonyms: Set<string>;
  /** Gazetteer entries by their first folded word. */
  gazetteer: Map<string, GazetteerEntry[]>;
  /** Gazetteer entries by their folded words glued together, for text where spaces were lost. */
  glued: Map<string, GazetteerEntry>;
}

const words = (s: string): string[] => fold(s).split(' ').filter(Boolean);

function demonymForms(base: string): string[] {
  const b = fold(base);
  if (b.startsWith('ال')) return [b];
  const out = [b, `ال${b}`];
  if (b.endsWith('ي')) {
    for (const suffix of ['ه', 'ون', 'ين', 'يه']) out.push(b + suffix, `ال${b}${suffix}`);
  }
  return out;
}

/** The head noun a text refers back to an organisation of each gazetteer kind with. */
const KIND_HEADS: Record<string, string> = {
  company: 'شركه',
  media: 'صحيفه',
  party: 'حزب',
  armed: 'جماعه',
  intl: 'منظمه',
  sport: 'نادي',
  edu: 'جامعه',
};

/** «مسؤولون» is «مسؤولو» before a genitive («مسؤولو الخطوط الجوية»): the construct form is a head too. */
function withConstructPlurals(heads: Map<string, Gender>): Map<string, Gender> {
  for (const [w, g] of [...heads]) {
    if (g === 'pl' && w.endsWith('ون') && w.length > 4 && !heads.has(w.slice(0, -1)))
      heads.set(w.slice(0, -1), g);
  }
  return heads;
}

function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const [first, ...rest] of phrases) {
    if (!first) continue;
    const list = map.get(first);
    if (list) list.push(rest);
    else map.set(first, [rest]);
  }
  return map;
}

function buildLexicon(): Lexicon {
  const cues = new Map<string, CueForm>();
  for (const v of cuesData.verbs) {
    for (const gender of ['m', 'f', 'pl'] as const) {
      for (const w of (v.forms as Record<string, string[] | undefined>)[gender] ?? []) {
        const key = fold(w);
        if (key && !cues.has(key)) cues.set(key, { lemma: v.lemma, cls: v.class as CueClass, gender });
      }
    }
  }
  const participles = new Map<string, Gender>();
  for (const p of cuesData.participles) participles.set(fold(p.w), p.g as Gender);

  const genderedSet = (data: Record<string, string[] | undefined>) => {
    const m = new Map<string, Gender>();
    for (const g of ['m', 'f', 'pl'] as const) for (const w of data[g] ?? []) m.set(fold(w), g);
    return m;
  };
  const documents = new Map<string, Gender>();
  const documentPhrases: Lexicon['documentPhrases'] = [];
  for (const [w, g] of genderedSet(documentsData as Record<string, string[]>)) {
    const ws = w.split(' ');
    if (ws.length === 1) documents.set(w, g);
    else documentPhrases.push({ words: ws, gender: g });
  }

  const gazetteer = new Map<string, GazetteerEntry[]>();
  const glued = new Map<string, GazetteerEntry>();
  const demonyms = new Set<string>();
  /** `folded`: the surface form already folded (fold() collapses and trims spaces). */
  const add = (
    name: string,
    type: PartyType,
    folded: string,
    ambiguous: boolean,
    key: string,
    head?: string,
  ) => {
    const ws = folded.split(' ');
    const g = ws.length === 1 ? folded : ws.join('');
    if (g.length < 2) return;
    // Thousands of entries at start: no spread, one object shape per case.
    const entry: GazetteerEntry = head
      ? { name, type, words: ws, ambiguous, key, head }
      : { name, type, words: ws, ambiguous, key };
    const first = ws[0] as string;
    const list = gazetteer.get(first);
    if (list) list.push(entry);
    else gazetteer.set(first, [entry]);
    if (g.length >= 4 && !glued.has(g)) glued.set(g, entry);
  };
  const addAll = (list: NamedEntry[], type: PartyType) => {
    for (const e of list) {
      const name = fold(e.name);
      const key = `${type}:${name}`;
      const ambiguous = e.ambiguous === true;
      const head = e.kind ? KIND_HEADS[e.kind] : undefined;
      add(e.name, type, name, ambiguous, key, head);
      for (const a of e.aliases ?? []) add(e.name, type, fold(a), ambiguous, key, head);
      for (const d of e.demonym ?? []) for (const form of demonymForms(d)) demonyms.add(form);
    }
  };
  addAll(countriesData as NamedEntry[], 'LOC');
  addAll(placesData as NamedEntry[], 'LOC');
  addAll(organisationsData as NamedEntry[], 'ORG');
  addAll(peopleData as NamedEntry[], 'PER');
  // A capital the places list already holds keeps that entry and its ambiguity flag.
  for (const c of countriesData as { capital?: string }[]) {
    if (c.capital && !gazetteer.has(words(c.capital)[0] ?? '')) {
      const capital = fold(c.capital);
      add(c.capital, 'LOC', capital, false, `LOC:${capital}`);
    }
  }

  return {
    cues,
    participles,
    speechNouns: new Set(cuesData.nouns.map(fold)),
    sourcesBefore: byFirstWord(sourcesData.before.map(words)),
    anonHeads: withConstructPlurals(genderedSet(anonData.heads as Record<string, string[]>)),
    anonModifiers: new Set(anonData.modifiers.map(fold)),
    documents,
    documentPhrases,
    // Multi-word honorifics and occupations («آية الله», «رجل الأعمال») match as word sequences, like roles.
    honorifics: new Set(titlesData.honorifics.map(fold).filter((w) => !w.includes(' '))),
    roles: byFirstWord(
      [...titlesData.roles, ...titlesData.honorifics, ...titlesData.occupations]
        .filter((r) => r.includes(' ') || titlesData.roles.includes(r))
        .map(words),
    ),
    occupations: new Set(titlesData.occupations.map(fold).filter((w) => !w.includes(' '))),
    stopwords: new Set(stopwordsData.words.map(fold)),
    maleNames: new Set(firstnamesData.male.map(fold)),
    femaleNames: new Set(firstnamesData.female.map(fold)),
    demonyms,
    gazetteer,
    glued,
  };
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use and shared by every later call. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
