// Named parties: people, organisations and places, found by gazetteer, by patterns (a title before a
// name, an organisation head and its modifiers, a given name and a family name), inside words glued
// together by scrapers, and merged into parties («لافروف» is «سيرجي لافروف»).
import { type Split, splits, withoutConjunction } from './clitics.ts';
import { type GazetteerEntry, type Lexicon, lexicon } from './lexicon.ts';
import { fold, isDropped } from './normalise.ts';
import { type TaggedSpan, tagTokens } from './tagger/index.ts';
import type { Token } from './tokenise.ts';
import type { Party, PartyType } from './types.ts';

/** Where a mention comes from; «subject» and «titled» are names guessed after a reporting verb, without
 * and with a title before them. */
export type MentionSource =
  | 'gazetteer'
  | 'glued'
  | 'title'
  | 'name'
  | 'org'
  | 'tagger'
  | 'subject'
  | 'titled'
  | 'topic';

export interface Mention {
  start: number;
  end: number;
  /** Token range, end exclusive. */
  ti: number;
  tj: number;
  type: PartyType;
  /** Mentions with the same key are one party. */
  key: string;
  /** The surface without proclitics (for لل, with the article restored). */
  text: string;
  source: MentionSource;
  /** The first word carried a preposition (ب، ل، ك): an object, never a subject. */
  preposition: boolean;
  /** For a name built on an organisation head («شركة سانوفي»), that head, so «الشركة» can refer back. */
  head?: string;
  /** A name guessed from its place alone (right after a reporting verb), confirmed by nothing else. */
  tentative?: boolean;
  /** The merged party's name, also for a tentative party that is not listed. */
  partyName?: string;
  /** Index of the party this mention belongs to, once merged. */
  party?: number;
}

/** Original-text offset of the point `count` folded characters into the word that starts at `start`. */
export function offsetInWord(text: string, start: number, count: number): number {
  let i = start;
  let n = 0;
  while (i < text.length && n < count) {
    if (!isDropped(text[i] as string)) n++;
    i++;
  }
  while (i < text.length && isDropped(text[i] as string)) i++;
  return i;
}

function surface(text: string, start: number, end: number, split: Split | undefined): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ');
  // للأمم: the span starts at the second ل; the reader's form puts the article back.
  return split?.stem.startsWith('ال') && !text.slice(start, start + 2).match(/^[اأإآ]ل/) ? `ا${s}` : s;
}

export const ORG_HEADS = new Set(
  [
    'وزارة',
    'مجلس',
    'حزب',
    'حركة',
    'جبهة',
    'هيئة',
    'شركة',
    'وكالة',
    'جامعة',
    'منظمة',
    'اتحاد',
    'نادي',
    'مؤسسة',
    'بنك',
    'مصرف',
    'صندوق',
    'لجنة',
    'محكمة',
    'جمعية',
    'مركز',
    'معهد',
    'جماعة',
    'قوات',
    'صحيفة',
    'مجلة',
    'قناة',
    'إذاعة',
    'مستشفى',
    'برنامج',
    'مكتب',
    'دائرة',
    'مديرية',
    'نقابة',
    'رابطة',
    'غرفة',
    'بورصة',
    'سلطة',
    'مفوضية',
    'أكاديمية',
    'مجموعة',
    'جيش',
    'برلمان',
    'بلدية',
    'ميناء',
    'مطار',
    'إدارة',
    'رئاسة',
    'منصة',
    'راديو',
    'جريدة',
    'شبكة',
    'موقع',
  ].map(fold),
);

/** Organisation heads whose names often join two nouns with و: «وزارة التربية والتعليم». */
const COORDINATING_HEADS = new Set(
  ['اداره', 'حزب', 'حركه', 'جبهه', 'جمعيه', 'هيئه', 'موسسه', 'وزاره', 'اتحاد', 'منظمه', 'مركز'].map(fold),
);

/** Number words: «مجلس الأمن الخمسة عشر» ends before the number. */
const NUMBER_WORD = /^ال(واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|الف)/;

/** The reading of a word with no proclitics. */
const WHOLE_WORD: Split = { cut: 0, stem: '', preposition: false, conjunction: false };

/** Words that join the parts of one name: «محمد بن سلمان», «عبد الله». */
const NAME_JOINERS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'عبد', 'ولد', 'دي', 'فان', 'فون', 'ال']);

/** Words after which the next word is an object or an adverbial, never the start of a name. */
const NAME_BREAKERS = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'الذي', 'التي', 'الذين']);

export class PartyFinder {
  private readonly lex: Lexicon = lexicon();
  private readonly mentions: Mention[] = [];
  /** Mentions by their first token; shared with the speaker finder, so a dropped mention is gone for both. */
  readonly mentionStartingAt = new Map<number, Mention>();
  /** Family names of the people named in full so far, with the token where each was first named. */
  private readonly familyNames = new Map<string, number>();
  /** The tagger's spans, and for each token the type of the span covering it. */
  private readonly tagged: TaggedSpan[] = [];
  private readonly taggedType: (PartyType | undefined)[] = [];
  private readonly taken: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    this.taken = new Uint8Array(tokens.length);
  }

  /** All mentions, in text order, without overlaps. */
  find(): Mention[] {
    const n = this.tokens.length;
    // The tagger is the costliest step; past any real article's length it is left out and the lists and
    // patterns carry on alone, so a huge page still gets an answer in bounded time.
    const spans = this.tokens.length <= TAGGER_MAX_TOKENS ? tagTokens(this.tokens.map((t) => t.f)) : [];
    for (const span of spans) {
      this.tagged.push(span);
      for (let k = span.start; k < span.end; k++) this.taggedType[k] = span.type;
    }
    for (let i = 0; i < n; ) i = this.gazetteerAt(i);
    for (let i = 0; i < n; i++) this.gluedAt(i);
    for (let i = 0; i < n; i++) this.organisationAt(i);
    for (let i = 0; i < n; i++) this.acronymAt(i);
    for (let i = 0; i < n; i++) this.titledNameAt(i);
    for (let i = 0; i < n; i++) this.givenNameAt(i);
    this.taggedNames();
    return this.mergeAdjacentNames();
  }

  /** Adds a mention found by another component (the speaker finder), if its tokens are free. */
  addMention(m: Mention): boolean {
    for (let k = m.ti; k < m.tj; k++) if (this.taken[k]) return false;
    this.push(m);
    return true;
  }

  sorted(): Mention[] {
    return this.mentions.sort((a, b) => a.start - b.start);
  }

  private mergeAdjacentNames(): Mention[] {
    this.mentions.sort((a, b) => a.start - b.start);
    // «ماري بيير» + «سانت أونجي»: two pieces of one name found by different means.
    for (let k = this.mentions.length - 1; k > 0; k--) {
      const a = this.mentions[k - 1] as Mention;
      const b = this.mentions[k] as Mention;
      if (
        a.type !== 'PER' ||
        b.type !== 'PER' ||
        a.tj !== b.ti ||
        b.preposition ||
        /^[وف]/.test(this.tokens[b.ti]?.f ?? '') ||
        // «وعدت ميركل الصيدَ»: the family name of someone named before is that person, the verb's object
        (b.tj - b.ti === 1 && this.knownFamilyName(b.ti, a.ti))
      ) {
        continue;
      }
      if (a.source === 'gazetteer' && b.source === 'gazetteer') continue;
      a.end = b.end;
      a.tj = b.tj;
      a.text = this.text.slice(a.start, a.end).replace(/\s+/g, ' ');
      a.key = `PER:${fold(a.text)}`;
      this.mentions.splice(k, 1);
      if (this.mentionStartingAt.get(b.ti) === b) this.mentionStartingAt.delete(b.ti);
    }
    return this.mentions;
  }

  /** Adds the mention of tokens [ti, tj) with the proclitics of `split` cut from the first word. */
  private pushSpan(
    ti: number,
    tj: number,
    split: Split,
    type: PartyType,
    source: MentionSource,
    extra: Partial<Mention> = {},
  ): Mention {
    const first = this.tokens[ti] as Token;
    const last = this.tokens[tj - 1] as Token;
    const start = offsetInWord(this.text, first.start, split.cut);
    const text = surface(this.text, start, last.end, split);
    const m: Mention = {
      start,
      end: last.end,
      ti,
      tj,
      type,
      key: `${type}:${fold(text)}`,
      text,
      source,
      preposition: split.preposition,
      ...extra,
    };
    this.push(m);
    return m;
  }

  private drop(m: Mention) {
    const at = this.mentions.indexOf(m);
    if (at >= 0) this.mentions.splice(at, 1);
    for (let k = m.ti; k < m.tj; k++) this.taken[k] = 0;
    if (this.mentionStartingAt.get(m.ti) === m) this.mentionStartingAt.delete(m.ti);
  }

  private push(m: Mention) {
    if (m.type === 'PER' && m.tj - m.ti > 1) {
      const last = this.tokens[m.tj - 1]?.f;
      if (last && !this.familyNames.has(last)) this.familyNames.set(last, m.ti);
    }
    for (let k = m.ti; k < m.tj; k++) this.taken[k] = 1;
    this.mentions.push(m);
    if (!this.mentionStartingAt.has(m.ti)) this.mentionStartingAt.set(m.ti, m);
  }

  private word(i: number): string | undefined {
    const t = this.tokens[i];
    return t && t.kind === 'word' ? t.f : undefined;
  }

  /** A word that may belong to a name: not a function word, cue, title, adjective of nationality. */
  isNameWord(w: string | undefined): w is string {
    if (!w || w.length < 2) return false;
    const lex = this.lex;
    for (const v of withoutConjunction(w)) {
      if (lex.stopwords.has(v) || lex.cues.has(v) || lex.participles.has(v)) return false;
      if (lex.honorifics.has(v) || lex.occupations.has(v) || lex.anonHeads.has(v)) return false;
      // «مذيعة», «مراسل»: an occupation written without the article is still not a name.
      if (lex.occupations.has(`ال${v}`) || lex.honorifics.has(`ال${v}`)) return false;
      if (lex.documents.has(v) || lex.speechNouns.has(v) || ORG_HEADS.has(v)) return false;
    }
    if (lex.demonyms.has(w) || NAME_BREAKERS.has(w)) return false;
    return true;
  }

  /**
   * The word carries the article as written. Folding merges «أليستر» and «ألمانيا» with words that
   * start with «ال»; only the written bare alef is the article.
   */
  isDefinite(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    return /^[وفبك]?(ال|لل)/.test(
      this.text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/g, ''),
    );
  }

  /** «لمجلس», «بالقاهرة», «للأمم»: a preposition glued to a word that is not a name's start. */
  isPrepositional(w: string): boolean {
    if (NAME_JOINERS.has(w)) return false;
    const c = w[0];
    if (c !== 'ل' && c !== 'ب' && c !== 'ك') return false;
    const rest = w.slice(1);
    if (rest.length < 2 || rest.startsWith('ال') || rest.startsWith('ل')) return true;
    const lex = this.lex;
    return (
      lex.stopwords.has(rest) ||
      ORG_HEADS.has(rest) ||
      lex.gazetteer.has(rest) ||
      lex.anonHeads.has(rest) ||
      lex.documents.has(rest) ||
      lex.honorifics.has(`ال${rest}`) ||
      lex.occupations.has(`ال${rest}`) ||
      lex.speechNouns.has(rest)
    );
  }

  private gazetteerAt(i: number): number {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return i + 1;
    let best: { entry: GazetteerEntry; split: Split; end: number } | undefined;
    for (const split of splits(t.f)) {
      for (const entry of this.lex.gazetteer.get(split.stem) ?? []) {
        const len = entry.words.length;
        if (best && len <= best.end - i) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) ok = this.word(i + k) === entry.words[k];
        if (!ok) continue;
        if (entry.ambiguous && len === 1 && !this.placeContext(i)) continue;
        if (len === 1 && (!this.spelledAsEntry(t, entry) || this.lex.stopwords.has(split.stem))) continue;
        best = { entry, split, end: i + len };
      }
    }
    if (!best) return i + 1;
    // «حمدان بن محمد» + «بن راشد آل مكتوم»: a listed name goes on through its lineage.
    while (
      best.entry.type === 'PER' &&
      NAME_JOINERS.has(this.word(best.end) ?? '') &&
      this.isNameWord(this.word(best.end + 1))
    ) {
      best.end += 2;
    }
    const head = best.entry.head;
    this.pushSpan(i, best.end, best.split, best.entry.type, 'gazetteer', {
      key: best.entry.key,
      ...(head ? { head } : {}),
    });
    return best.end;
  }

  /**
   * Folding merges ة and ه, and drops tanween; the spelling as written tells «ميلة» (a city) from
   * «ميله» (his inclination) and «دوما» (a town) from «دوماً» (always).
   */
  private spelledAsEntry(t: Token, entry: GazetteerEntry): boolean {
    const raw = this.text.slice(t.start, t.end);
    if (/[\u064B-\u064D]/.test(raw)) return false;
    const bare = raw.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    return !(entry.name.endsWith('ة') && bare.endsWith('ه'));
  }

  /** A word like «صور» is a city only after «في» or «مدينة». */
  private placeContext(i: number): boolean {
    const prev = this.word(i - 1);
    return prev !== undefined && ['في', 'مدينه', 'بلده', 'محافظه', 'ولايه', 'منطقه', 'قضاء'].includes(prev);
  }

  /** «الولاياتالمتحدةسوريا»: a word made of gazetteer entries (each with optional proclitics) and nothing else. */
  private gluedAt(i: number) {
    const t = this.tokens[i];
    if (t?.kind !== 'word' || this.taken[i] || t.f.length < 7) return;
    if (this.lex.stopwords.has(t.f) || this.lex.cues.has(t.f)) return;
    const w = t.f;
    const memo = new Map<number, { at: number; entry: GazetteerEntry; cut: number }[] | null>();
    const solve = (p: number): { at: number; entry: GazetteerEntry; cut: number }[] | null => {
      if (p === w.length) return [];
      const seen = memo.get(p);
      if (seen !== undefined) return seen;
      let result: { at: number; entry: GazetteerEntry; cut: number }[] | null = null;
      for (const split of splits(w.slice(p))) {
        for (let len = Math.min(40, split.stem.length); len >= 3 && !result; len--) {
          const entry = this.lex.glued.get(split.stem.slice(0, len)) ?? this.single(split.stem.slice(0, len));
          if (!entry) continue;
          const consumed = split.cut + len - (split.stem.length - (w.length - p - split.cut));
          const rest = solve(p + consumed);
          if (rest) result = [{ at: p, entry, cut: split.cut }, ...rest];
        }
        if (result) break;
      }
      memo.set(p, result);
      return result;
    };
    const parts = solve(0);
    // One part is a plain gazetteer word the normal lookup already saw, unless it is a glued phrase.
    if (!parts || (parts.length === 1 && (parts[0] as { entry: GazetteerEntry }).entry.words.length === 1))
      return;
    const bounds = parts.map((part, k) => ({ part, end: (parts[k + 1]?.at ?? w.length) as number }));
    for (const { part, end } of bounds) {
      const start = offsetInWord(this.text, t.start, part.at + part.cut);
      const stop = end === w.length ? t.end : offsetInWord(this.text, t.start, end);
      this.mentions.push({
        start,
        end: stop,
        ti: i,
        tj: i + 1,
        type: part.entry.type,
        key: part.entry.key,
        text: this.text.slice(start, stop),
        source: 'glued',
        preposition: false,
      });
    }
    this.taken[i] = 1;
  }

  private single(w: string): GazetteerEntry | undefined {
    return this.lex.gazetteer.get(w)?.find((e) => e.words.length === 1 && !e.ambiguous);
  }

  /** «وزير الخارجية الروسي سيرجي لافروف», «الرئيس بشار الأسد», «المدرب جوزيه مورينيو». */
  private titledNameAt(i: number) {
    const after = this.titleEnd(i);
    if (after === undefined) return;
    this.nameAt(after, 'title');
  }

  /** Where the name starts after a title phrase beginning at token i, if token i starts one. */
  titleEnd(i: number): number | undefined {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return undefined;
    const lex = this.lex;
    let j: number | undefined;
    // «للرئيس», «لوزير»: a title after a sourcing phrase's preposition still starts a title.
    for (const w of new Set([...withoutConjunction(t.f), ...splits(t.f).map((x) => x.stem)])) {
      if (lex.honorifics.has(w) || lex.occupations.has(w)) j = i + 1;
      for (const rest of lex.roles.get(w) ??
        lex.roles.get(w.startsWith('ال') ? w.slice(2) : `ال${w}`) ??
        []) {
        let k = i + 1;
        let ok = true;
        for (const r of rest) {
          const x = this.word(k);
          ok = x === r || x === `ال${r}`;
          if (!ok) break;
          k++;
        }
        if (ok && (j === undefined || k > j)) j = k;
      }
    }
    if (j === undefined) return undefined;
    // The title's complements: definite nouns, nationality adjectives, organisations and places,
    // «باسم …», «في/لدى …»: «وكيل وزارة الصحة في الفلبين», «المتحدث باسم الخارجية الأمريكية».
    for (let steps = 0; steps < 6; steps++) {
      const w = this.word(j);
      if (!w) break;
      const m = this.mentionStartingAt.get(j);
      if (m) {
        if (m.type === 'PER') break;
        j = m.tj;
        continue;
      }
      if (lex.demonyms.has(w) || ((w.startsWith('ال') || w.startsWith('وال')) && !this.isPersonName(j))) {
        j++;
        continue;
      }
      if (this.word(j - 1) === 'باسم') {
        // «المتحدث باسم رئاسة الحكومة»: the organisation he speaks for.
        j++;
        continue;
      }
      if (w === 'باسم' && this.word(j + 1)) {
        j += 2;
        continue;
      }
      if (
        w.startsWith('لل') ||
        ((w === 'في' || w === 'لدي') && this.mentionStartingAt.get(j + 1)?.type === 'LOC')
      ) {
        j += w.startsWith('لل') ? 1 : 1 + ((this.mentionStartingAt.get(j + 1) as Mention).tj - (j + 1));
        continue;
      }
      break;
    }
    return j;
  }

  private isPersonName(i: number): boolean {
    const w = this.word(i);
    if (!w) return false;
    return (this.lex.gazetteer.get(w) ?? []).some((e) => e.type === 'PER');
  }

  private isGivenName(w: string): boolean {
    return this.lex.maleNames.has(w) || this.lex.femaleNames.has(w);
  }

  /** A person's name starting at token i: 1–4 name words, the first not definite. */
  nameAt(i: number, source: MentionSource): Mention | undefined {
    if (this.taken[i]) return undefined;
    const first = this.word(i);
    if (!this.isNameWord(first) || (this.isDefinite(i) && !this.isGivenName(first))) return undefined;
    if (this.isPrepositional(first) || (/^[وف]/.test(first) && this.isPrepositional(first.slice(1))))
      return undefined;
    // Right after a reporting verb, where Arabic puts the subject, a name-shaped word is enough.
    // «وأشار لوجود …»: a word starting with ل is more often a preposition and a noun than a name
    // the lexicons and the tagger do not know.
    if (first.startsWith('ل') && !this.personLike(i)) return undefined;
    // Right after a reporting verb, where Arabic puts the subject, a name-shaped word is enough.
    const guessed = source === 'subject' || source === 'titled';
    if (!this.nameShaped(i) || (!guessed && !this.personLike(i) && !this.appositionName(i))) {
      return undefined;
    }
    // «قيادة الدفاع الجوي», «مسؤولو الخطوط الجوية»: an unknown word before a definite one is a noun in
    // construct, a description rather than a name.
    if (
      source === 'subject' &&
      !this.personLike(i) &&
      this.isDefinite(i + 1) &&
      !this.knownFamilyName(i + 1)
    ) {
      return undefined;
    }
    let j = i + 1;
    while (j < i + 4) {
      const w = this.word(j);
      if (this.taken[j]) {
        // «أليستر» + «غراهام»: a given name before a family name the lists know from someone else.
        const known = this.mentionStartingAt.get(j);
        if (known?.type === 'PER' && known.tj - known.ti === 1 && j === i + 1 && !/^[وف]/.test(w ?? '')) {
          this.drop(known);
          j = known.tj;
        }
        break;
      }
      if (!this.nameShaped(j)) break;
      // After a bare given name, the next word must look like a family name to the lists or the tagger,
      // or carry the article or the ending of one («سامر الخطيب», «سمر بدوي»): «عمر ارتكب خطأين» is a
      // name and a verb.
      const familyShaped = this.isDefinite(j) || (w?.endsWith('ي') === true && !w.startsWith('و'));
      if (source === 'name' && !this.personLike(j) && !familyShaped && !NAME_JOINERS.has(w ?? '')) break;
      if (w && NAME_JOINERS.has(w)) {
        // «حمدان بن محمد بن راشد آل مكتوم»: the rest of the name may already be a known person.
        const known = this.mentionStartingAt.get(j + 1);
        if (known?.type === 'PER') {
          this.drop(known);
          j = known.tj;
          break;
        }
        // After «آل» the family name often looks like a definite noun: «آل الشيخ», «آل سعود».
        const family = w === 'ال' && this.nameShaped(j + 1);
        if (this.taken[j + 1] || (!family && !this.isNameWord(this.word(j + 1)))) break;
        j += 2;
        continue;
      }
      // A family name may be a common word with the article: «وليد المعلم», «غيث الخطيب».
      const familyName =
        j === i + 1 && w?.startsWith('ال') && this.lex.occupations.has(w) && !this.lex.stopwords.has(w);
      if (
        !familyName &&
        (!this.isNameWord(w) || this.isPrepositional(w) || w.startsWith('وال') || this.lex.cues.has(w))
      )
        break;
      j++;
      // A family name with the article ends the name: «سامر الخطيب المؤتمر» is a name and its object.
      if (this.isDefinite(j - 1)) break;
    }
    const last = this.tokens[j - 1] as Token;
    const start = (this.tokens[i] as Token).start;
    const text = this.text.slice(start, last.end).replace(/\s+/g, ' ');
    const tentative = source === 'subject' && !this.personLike(i) && !this.personLike(i + 1);
    const m: Mention = {
      ...(tentative ? { tentative } : {}),
      start,
      end: last.end,
      ti: i,
      tj: j,
      type: 'PER',
      key: `PER:${this.tokens
        .slice(i, j)
        .map((t) => t.f)
        .join(' ')}`,
      text,
      source,
      preposition: false,
    };
    this.push(m);
    return m;
  }

  /**
   * Whether the word at token i can be part of a name by its shape as written: a possessive suffix
   * («أخطاءه», «كتابها») or the accusative ending of an adverb («قديماً», «لعبا») says it is not,
   * unless the lexicons know the word as a name.
   */
  nameShaped(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    if (this.isGivenName(t.f) || (this.lex.gazetteer.get(t.f) ?? []).length) return true;
    const raw = this.text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    if (/ً/.test(this.text.slice(t.start, t.end))) return false;
    if (raw.length > 3 && /(ه|ها|هم|هما|هن|كم|نا)$/.test(raw) && !raw.endsWith('الله')) return false;
    if (raw.length > 4 && /[^ي]ا$/.test(raw) && !raw.startsWith('ال')) return false;
    return true;
  }

  /** «وأبدى أليستر غراهام، من شركة …»: two or three name-shaped words closed by a comma. */
  private appositionName(i: number): boolean {
    const next = this.tokens[i + 2];
    const ok = (k: number) => {
      const w = this.word(k);
      return (
        !!w &&
        !this.taken[k] &&
        !this.isDefinite(k) &&
        this.isNameWord(w) &&
        this.nameShaped(k) &&
        !this.isPrepositional(w)
      );
    };
    const comma = (t: Token | undefined) => t?.kind === 'punct' && (t.f === '،' || t.f === ',');
    // Between two commas the family name may carry the article: «، براءت البيرق،».
    const family = (k: number) =>
      ok(k) || (comma(this.tokens[i - 1]) && this.isDefinite(k) && this.nameShaped(k) && !this.taken[k]);
    return ok(i) && family(i + 1) && (comma(next) || (family(i + 2) && comma(this.tokens[i + 3])));
  }

  /** A person named before by a full name, here by the family name alone: «الصيد» after «الحبيب الصيد». */
  /** Whether the word at token i is the family name of someone named in full before token `before`. */
  knownFamilyName(i: number, before = i): boolean {
    const w = this.word(i);
    if (!w) return false;
    const first = this.familyNames.get(w);
    return first !== undefined && first < before;
  }

  /** A word the lexicons know as a person's name, or the tagger reads as one. */
  private personLike(i: number): boolean {
    const w = this.word(i);
    if (!w) return false;
    if (NAME_JOINERS.has(w) || this.taggedType[i] === 'PER') return true;
    return withoutConjunction(w).some((v) => this.isGivenName(v) || this.isPersonName(i));
  }

  /** A mention of a family name alone, as a person already named in full. */
  familyNameAt(i: number): Mention | undefined {
    if (this.taken[i]) return undefined;
    const t = this.tokens[i] as Token;
    const m: Mention = {
      start: t.start,
      end: t.end,
      ti: i,
      tj: i + 1,
      type: 'PER',
      key: `PER:${t.f}`,
      text: this.text.slice(t.start, t.end),
      source: 'subject',
      preposition: false,
    };
    this.push(m);
    return m;
  }

  /** «غيث الطراونة»: a known given name followed by a family name. */
  private givenNameAt(i: number) {
    const w = this.word(i);
    if (!w || this.taken[i] || this.taken[i + 1]) return;
    // «وجود» is not «و» + «جود»: a conjunction is only cut from a longer given name.
    const bare = withoutConjunction(w).find((v) => this.isGivenName(v) && (v === w || v.length >= 4));
    if (!bare) return;
    // «حصة», «نور», «أمل»: a given name that ends like a common noun needs the tagger's word for it.
    const raw = this.text.slice((this.tokens[i] as Token).start, (this.tokens[i] as Token).end);
    if (/ة$/.test(raw) && this.taggedType[i] !== 'PER') return;
    const next = this.word(i + 1);
    if (!this.isNameWord(next) || this.isPrepositional(next)) return;
    if ((this.lex.gazetteer.get(next) ?? []).some((e) => e.type !== 'PER')) return;
    const cut = bare === w ? 0 : 1;
    const before = this.mentions.length;
    // Temporarily treat the bare given name as the start of the name.
    const m = this.nameAt(i, 'name');
    if (m && cut) {
      m.start = offsetInWord(this.text, m.start, cut);
      m.text = this.text.slice(m.start, m.end).replace(/\s+/g, ' ');
      m.key = `PER:${fold(m.text)}`;
    }
    if (m && m.tj - m.ti < 2) {
      this.mentions.splice(before, 1);
      this.mentionStartingAt.delete(m.ti);
      for (let k = m.ti; k < m.tj; k++) this.taken[k] = 0;
    }
  }

  /** «وزارة الخارجية الروسية», «مجلس الأمن», «حزب العدالة والتنمية», «صحيفة "كلارين"». */
  private organisationAt(i: number) {
    const t = this.tokens[i];
    if (t?.kind !== 'word' || this.taken[i]) return;
    const split = splits(t.f).find((s) => ORG_HEADS.has(s.stem) || ORG_HEADS.has(s.stem.replace(/^ال/, '')));
    if (!split) return this.ministryAt(i);
    const head = split.stem.replace(/^ال/, '');
    const named = this.mentionStartingAt.get(i + 1);
    if (named?.type === 'ORG') {
      // «شركة سانوفي» with the name in the gazetteer: remember the head so «الشركة» can refer back.
      named.head ??= head;
      return;
    }
    if (named?.type === 'LOC' && PLACE_NAMED_HEADS.has(head) && !split.stem.startsWith('ال')) {
      // «جامعة تبوك», «بنك مصر»: an institution named after its place.
      this.drop(named);
      this.pushSpan(i, named.tj, split, 'ORG', 'org', { head });
      return;
    }
    // A name in quotation marks or brackets after the head, possibly after an adjective: «الصحيفة البارزة (…)».
    let q = i + 1;
    if (this.word(q)?.startsWith('ال') && this.tokens[q + 1]?.kind !== 'word') q++;
    if (this.quotedNameAt(q, head, split.preposition)) return;
    if (split.stem.startsWith('ال')) return this.definiteOrganisationAt(i, split, head);
    // «شركة التأمين اليابانية» describes; a company or a newspaper needs a proper name.
    if (NAMED_HEADS.has(head)) {
      this.namedOrganisationAt(i, split, head);
      return;
    }
    let j = i + 1;
    while (j < i + 5 && !this.taken[j]) {
      const w = this.word(j);
      if (!w) break;
      let bare = w;
      if (w.startsWith('وال') && j > i + 1) {
        // «حزب العدالة والتنمية», but not «جبهة النصرة والجماعات الأخرى».
        // … unless what follows is the adjective of the whole name: «إدارة الطيران والفضاء الأمريكية».
        const after = this.word(j + 1);
        if (!COORDINATING_HEADS.has(head) || (after?.startsWith('ال') && !this.lex.demonyms.has(after)))
          break;
        bare = w.slice(1);
      }
      // «مكتب رئاسة الوزراء»: a head in construct with another head.
      if (j === i + 1 && ORG_HEADS.has(bare) && this.word(j + 1)?.startsWith('ال')) {
        j++;
        continue;
      }
      if (
        !bare.startsWith('ال') ||
        this.lex.stopwords.has(bare) ||
        this.lex.cues.has(bare) ||
        NUMBER_WORD.test(bare)
      )
        break;
      j++;
    }
    if (j === i + 1 || (j === i + 2 && ORG_HEADS.has(this.word(i + 1) ?? ''))) return;
    // «شبكة التواصل الاجتماعي "فيسبوك"»: the description gives way to the name after it.
    if (this.quotedNameAt(j, head, split.preposition)) return;
    this.pushSpan(i, j, split, 'ORG', 'org', { head });
  }

  /**
   * Names no list holds («أليستر غراهام», «الزمخشري»), from the tagger trained on ANERcorp, where the
   * rules found nothing. A proclitic the tagger left on the first word is cut off.
   */
  private taggedNames() {
    for (const tagged of this.tagged) {
      if (tagged.confidence < TAGGER_CONFIDENCE) continue;
      // Trailing function words are not part of a name: «هيلر هي».
      const span = { ...tagged };
      while (span.end > span.start && this.lex.stopwords.has(this.word(span.end - 1) ?? '')) span.end--;
      if (span.end === span.start) continue;
      if (
        this.tokens
          .slice(span.start, span.end)
          .some((t) => withoutConjunction(t.f).some((w) => this.lex.cues.has(w)))
      ) {
        continue;
      }
      let free = true;
      for (let k = span.start; k < span.end && free; k++)
        free = !this.taken[k] && this.tokens[k]?.kind === 'word';
      if (!free) continue;
      const t = this.tokens[span.start] as Token;
      const split = this.cliticOf(t.f, span.type);
      const start = offsetInWord(this.text, t.start, split.cut);
      const last = this.tokens[span.end - 1] as Token;
      const text = surface(this.text, start, last.end, split);
      if (text.length < 2 || (span.end - span.start === 1 && !this.nameShaped(span.start))) continue;
      if (this.lex.stopwords.has(split.stem) || ORG_HEADS.has(split.stem)) continue;
      // A lone word tagged as a place with no list to back it is more often a common word.
      if (
        span.end - span.start === 1 &&
        span.type !== 'PER' &&
        (span.confidence < 0.9 || split.stem.startsWith('ال'))
      ) {
        continue;
      }
      this.pushSpan(span.start, span.end, split, span.type, 'tagger');
    }
  }

  /** The proclitics to cut from a tagged name's first word: only those the rest of the word confirms. */
  private cliticOf(w: string, type: PartyType): Split {
    const bare: Split = { cut: 0, stem: w, preposition: false, conjunction: false };
    if (this.isGivenName(w) || this.lex.gazetteer.has(w)) return bare;
    for (const split of splits(w).slice(1).reverse()) {
      const known = this.isGivenName(split.stem) || this.lex.gazetteer.has(split.stem);
      if (
        known ||
        split.stem.startsWith('ال') ||
        (split.cut === 1 && w[0] === 'و' && split.stem.length >= 3)
      ) {
        return split;
      }
    }
    return type === 'PER' || !w.startsWith('و')
      ? bare
      : { ...bare, cut: 1, stem: w.slice(1), conjunction: true };
  }

  /** «البنك المركزي السوداني», «النيابة العامة»: a definite head and its adjectives. */
  private definiteOrganisationAt(i: number, split: Split, head: string) {
    if (!DEFINITE_HEADS.has(head)) return;
    let j = i + 1;
    while (j < i + 4 && !this.taken[j]) {
      const w = this.word(j);
      if (!w?.startsWith('ال') || this.lex.stopwords.has(w) || NUMBER_WORD.test(w) || RELATIVE.test(w)) break;
      j++;
    }
    if (j === i + 1) return;
    this.pushSpan(i, j, split, 'ORG', 'org', { head });
  }

  /** «CNN», «BBC»: an acronym in Latin capitals. */
  private acronymAt(i: number) {
    const t = this.tokens[i] as Token;
    if (t.kind !== 'word' || this.taken[i] || !/^[A-Z]{2,6}$/.test(t.f)) return;
    this.pushSpan(i, i + 1, WHOLE_WORD, 'ORG', 'org');
  }

  /** «شركة سانوفي», «صحيفة الغارديان»: a head and a proper name that is not a definite noun. */
  private namedOrganisationAt(i: number, split: Split, head: string): boolean {
    const name = this.word(i + 1);
    if (this.taken[i + 1] || !this.isNameWord(name) || this.isDefinite(i + 1) || this.isPrepositional(name))
      return false;
    if (/^[وف]/.test(name) && this.isNameWord(name.slice(1)) && !this.lex.gazetteer.has(name)) return false;
    let j = i + 2;
    const next = this.word(j);
    if (
      next &&
      !this.taken[j] &&
      this.isNameWord(next) &&
      !this.isDefinite(j) &&
      !this.isPrepositional(next) &&
      !/^[وف]/.test(next)
    )
      j++;
    // Keyed by the name alone, so «سانوفي» elsewhere is the same party.
    const nameText = this.text.slice((this.tokens[i + 1] as Token).start, (this.tokens[j - 1] as Token).end);
    this.pushSpan(i, j, split, 'ORG', 'org', { head, key: `ORG:${fold(nameText)}` });
    return true;
  }

  /** «صحيفة «كلارين»»: a short name inside quotation marks or brackets right after an organisation head. */
  private quotedNameAt(q: number, head: string, preposition: boolean): boolean {
    const open = this.tokens[q];
    if (!open || !(open.kind === 'quote' || open.f === '(')) return false;
    let j = q + 1;
    while (j < q + 7 && this.tokens[j]?.kind === 'word') j++;
    const close = this.tokens[j];
    if (j === q + 1 || !close || !(close.kind === 'quote' || close.f === ')')) return false;
    if (this.lex.stopwords.has((this.tokens[q + 1] as Token).f)) return false;
    // «(فوليا دي ساو باولو)»: a place inside the name is part of it.
    for (let k = q + 1; k < j; k++) {
      const inner = this.mentionStartingAt.get(k);
      if (inner) this.drop(inner);
    }
    this.pushSpan(q + 1, j, WHOLE_WORD, 'ORG', 'org', { head, preposition });
    return true;
  }

  /** «الخارجية السعودية»: a ministry named by its portfolio and the state's adjective. */
  private ministryAt(i: number) {
    const t = this.tokens[i] as Token;
    const split = splits(t.f).find((s) => MINISTRIES.has(s.stem));
    const adjective = this.word(i + 1);
    // The adjective agrees with the ministry (feminine): «وزير الخارجية الروسي» is about the minister.
    if (
      !split ||
      !adjective ||
      !this.lex.demonyms.has(adjective) ||
      !adjective.endsWith('ه') ||
      this.taken[i + 1]
    )
      return;
    this.pushSpan(i, i + 2, split, 'ORG', 'org', { head: 'وزاره' });
  }
}

/** Heads followed by a proper name rather than a definite noun: «شركة سانوفي», «صحيفة الغارديان». */
const NAMED_HEADS = new Set([
  'شركه',
  'صحيفه',
  'جريده',
  'مجله',
  'قناه',
  'وكاله',
  'بنك',
  'مصرف',
  'نادي',
  'منصه',
  'شبكه',
  'راديو',
]);

/** Heads that take a place's name to make an institution's: «جامعة تبوك». */
const PLACE_NAMED_HEADS = new Set([
  'جامعه',
  'بنك',
  'مصرف',
  'نادي',
  'مستشفي',
  'محكمه',
  'مطار',
  'ميناء',
  'بلديه',
  'غرفه',
  'بورصه',
]);

/** Definite heads whose adjectives make a proper name: «البنك المركزي», «النيابة العامة». */
const DEFINITE_HEADS = new Set([
  'بنك',
  'مجلس',
  'نيابه',
  'هييه',
  'محكمه',
  'منظمه',
  'مفوضيه',
  'برلمان',
  'جيش',
  'مصرف',
]);

const RELATIVE = /^(الذي|التي|الذين|اللذان|اللتان)$/;

/** About 1 MB of Arabic text: many times the longest article. */
const TAGGER_MAX_TOKENS = 200_000;

/** Below this confidence a tagged name is more often wrong than right. */
const TAGGER_CONFIDENCE = 0.5;

/** Ministries named by their portfolio alone: «الخارجية السعودية». */
const MINISTRIES = new Set([
  'الخارجيه',
  'الداخليه',
  'الدفاع',
  'الماليه',
  'العدل',
  'الصحه',
  'التربيه',
  'الخزانه',
]);

/** Merges mentions into parties: one key, one party; a lone family name joins the full name it ends. */
export function mergeParties(mentions: Mention[]): Party[] {
  const parties: Party[] = [];
  const byKey = new Map<string, number>();
  const byLastName = new Map<string, number>();
  const folded = (m: Mention) => fold(m.text);
  // Full names first, so «لافروف» finds «سيرجي لافروف» even when it comes first in the text.
  const order = [...mentions].sort((a, b) => b.tj - b.ti - (a.tj - a.ti) || a.start - b.start);
  for (const m of order) {
    let id = byKey.get(m.key);
    if (id === undefined && m.type === 'PER' && m.tj - m.ti === 1) id = byLastName.get(folded(m));
    if (id === undefined) {
      id = parties.length;
      parties.push({ id, name: m.text, type: m.type, forms: [], mentions: [] });
      byKey.set(m.key, id);
    }
    if (m.type === 'PER' && m.tj - m.ti > 1) {
      const lastName = folded(m).split(' ').pop();
      if (lastName && !byLastName.has(lastName)) byLastName.set(lastName, id);
    }
    m.party = id;
  }
  // Renumber in order of first mention and fill forms and mentions in text order.
  const firstAt = new Map<number, number>();
  for (const m of mentions) if (!firstAt.has(m.party as number)) firstAt.set(m.party as number, m.start);
  const order2 = [...parties].sort((a, b) => (firstAt.get(a.id) ?? 0) - (firstAt.get(b.id) ?? 0));
  const renumber = new Map(order2.map((p, k) => [p.id, k]));
  const out = order2.map((p, k) => ({ ...p, id: k }));
  const confirmed = new Set<number>();
  for (const m of mentions) {
    const id = renumber.get(m.party as number) as number;
    m.party = id;
    if (!m.tentative) confirmed.add(id);
    const p = out[id] as Party;
    p.mentions.push({ start: m.start, end: m.end, form: m.text });
    if (!p.forms.includes(m.text)) p.forms.push(m.text);
    if (m.text.split(' ').length > p.name.split(' ').length) p.name = m.text;
  }
  // A party known only from guesses («وقال X» with X in no list and untagged) speaks, but is not listed:
  // it keeps its name for the statements and leaves the parties.
  const kept = out.filter((p) => confirmed.has(p.id));
  const newId = new Map(kept.map((p, k) => [p.id, k]));
  for (const m of mentions) {
    const p = out[m.party as number] as Party;
    m.partyName = p.name;
    m.party = newId.get(p.id);
  }
  return kept.map((p, k) => ({ ...p, id: k }));
}
