// Who speaks: the subject after a reporting verb (VSO), before it (SVO), a title and a name, an
// unnamed source, a document; and for a bare verb («وقال إن …») the earlier speaker it refers to.
import { splits, withoutConjunction } from './clitics.ts';
import type { Gender, Lexicon } from './lexicon.ts';
import { fold } from './normalise.ts';
import { type Mention, ORG_HEADS, type PartyFinder } from './parties.ts';
import type { Token } from './tokenise.ts';
import type { Party, Speaker, SpeakerType } from './types.ts';

export type SubjectRef =
  | {
      kind: 'mention';
      mention: Mention;
      phraseStart: number;
      last?: Mention;
      /** The grammatical gender of the phrase when its head is not the party («بيان الخارجية» is masculine). */
      gender?: Gender;
    }
  | {
      kind: 'phrase';
      start: number;
      end: number;
      /** Token index after the phrase. */
      endToken: number;
      text: string;
      type: SpeakerType;
      gender?: Gender;
    }
  | { kind: 'none' };

const PREPOSITIONS = new Set(
  [
    'في',
    'من',
    'عن',
    'علي',
    'الي',
    'مع',
    'خلال',
    'امام',
    'عبر',
    'لدي',
    'عند',
    'حول',
    'بعد',
    'قبل',
    'منذ',
    'اثناء',
    'ضمن',
    'عقب',
    'بين',
    'تجاه',
    'نحو',
    'ل',
    'ب',
    'لدي',
  ].map(fold),
);

const ADVERBIALS = new Set(
  [
    'ايضا',
    'كذلك',
    'امس',
    'اليوم',
    'الليله',
    'صباح',
    'مساء',
    'بدوره',
    'بدورها',
    'بدورهم',
    'جهته',
    'جهتها',
    'جانبه',
    'جانبها',
    'كلامه',
    'كلامها',
    'حديثه',
    'حديثها',
    'قائلا',
    'مؤخرا',
    'سابقا',
    'لاحقا',
    'الاحد',
    'الاثنين',
    'الثلاثاء',
    'الاربعاء',
    'الخميس',
    'الجمعه',
    'السبت',
    'يوم',
    'وقت',
    'سابق',
    'لاحق',
    'اليوم',
    'الماضي',
    'الجاري',
  ].map(fold),
);

/** Words between a subject and its verb: «قد», «عندما», «عام 2013». */
const BEFORE_VERB = new Set(['قد', 'فقد', 'عندما', 'حين', 'حينما', 'عام', 'سنه', 'يوم', 'امس', 'اليوم']);

/** Relative pronouns: «… وفرنسا اللتان تعتقدان أن …» — the speaker stands before them. */
export const RELATIVES = new Set([
  'الذي',
  'التي',
  'اللذان',
  'اللتان',
  'الذين',
  'اللواتي',
  'اللاتي',
  'اللذين',
  'اللتين',
]);

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  finder: PartyFinder;
  /** Mentions by their first token. */
  mentionAt: Map<number, Mention>;
  /** Organisation mentions in text order, and the head word each party was introduced with. */
  orgs?: Mention[];
  headOf: Map<string, string>;
  /** The title words before each person named, as far as they were needed. */
  titlesBefore?: Map<Mention, Set<string>>;
}

function word(ctx: SpeakerContext, i: number): string | undefined {
  const t = ctx.tokens[i];
  return t && t.kind === 'word' ? t.f : undefined;
}

function phrase(
  ctx: SpeakerContext,
  a: number,
  b: number,
  type: SpeakerType = 'ANON',
  gender?: Gender,
): SubjectRef & { kind: 'phrase' } {
  const first = ctx.tokens[a] as Token;
  // «ومصادر» → «مصادر»: the conjunction is not part of the speaker's name.
  const [, bare] = withoutConjunction(first.f);
  const { lex } = ctx;
  const conj =
    bare !== undefined && (bare.startsWith('ال') || lex.anonHeads.has(bare) || lex.documents.has(bare));
  const start = conj ? first.start + 1 : first.start;
  const end = (ctx.tokens[b - 1] as Token).end;
  const text = ctx.text.slice(start, end).replace(/\s+/g, ' ');
  return { kind: 'phrase', start, end, endToken: b, text, type, gender };
}

/**
 * Where an unnamed-source phrase ends: its adjectives, a genitive and a place
 * («مصدر أمني رفيع المستوى», «أعضاء التحالف», «مسؤولون في الفلبين»). Longer is safer than shorter here:
 * the reader sees the whole phrase.
 */
function anonPhraseEnd(ctx: SpeakerContext, from: number): number {
  const { lex } = ctx;
  let j = from;
  let genitive = false;
  while (j < from + 5) {
    const w = word(ctx, j);
    if (!w) break;
    if (lex.anonModifiers.has(w) || lex.demonyms.has(w)) {
      j++;
      continue;
    }
    const m = ctx.mentionAt.get(j);
    // A person's name after the phrase is an apposition, and the speaker: «المستشار الاقتصادي محمد …».
    if (m?.type === 'PER') break;
    if (m && !m.preposition) {
      j = m.tj;
      genitive = true;
      continue;
    }
    if (!genitive && w.startsWith('ال') && !lex.stopwords.has(w) && !RELATIVES.has(w)) {
      j++;
      genitive = true;
      continue;
    }
    const place = ctx.mentionAt.get(j + 1) ?? (m?.preposition ? m : undefined);
    if ((w === 'في' || w === 'من') && place) {
      j = place.tj;
      continue;
    }
    if (m?.preposition && /^ب/.test(w)) {
      j = m.tj;
      continue;
    }
    break;
  }
  return j;
}

/** The head of an unnamed-source or document phrase at token i, with its gender. */
export function headAt(
  ctx: SpeakerContext,
  i: number,
): { type: 'ANON' | 'DOC'; gender: Gender; end: number } | undefined {
  const w = word(ctx, i);
  if (!w) return undefined;
  const { lex } = ctx;
  // The lexicons write heads without the article: «التقرير» is «تقرير».
  const forms = withoutConjunction(w).flatMap((v) =>
    v.startsWith('ال') && v.length > 4 ? [v, v.slice(2)] : [v],
  );
  for (const v of forms) {
    const g = lex.anonHeads.get(v);
    if (g) return { type: 'ANON', gender: g, end: anonPhraseEnd(ctx, i + 1) };
    for (const p of lex.documentPhrases) {
      if (p.words[0] !== v) continue;
      if (p.words.slice(1).every((x, k) => word(ctx, i + 1 + k) === x || word(ctx, i + 1 + k) === `ال${x}`)) {
        return { type: 'DOC', gender: p.gender, end: i + p.words.length };
      }
    }
    const d = lex.documents.get(v);
    if (d) return { type: 'DOC', gender: d, end: i + 1 };
  }
  return undefined;
}

/**
 * The speaker named in tokens [a, b): the words between a reporting verb and what is said
 * («وقال وزير الخارجية الروسي سيرجي لافروف لمجلس الأمن»). Prepositional phrases and adverbials are
 * passed over. A named party wins over a phrase before it («وكيل وزارة الصحة، إنريك دومينغو،»); a new
 * name is only guessed right after the verb, where Arabic puts the subject.
 */
export function subjectIn(
  ctx: SpeakerContext,
  a: number,
  b: number,
  allowNewNames: boolean | 'topic',
  /** The first word carries the preposition of a sourcing phrase: «وفقا لوزير المالية». */
  leadingPreposition = false,
): SubjectRef {
  // After a reporting verb any name-shaped word may be the speaker; as a sentence's topic, only a word
  // the lexicons or the tagger know as a name.
  const source = allowNewNames === 'topic' ? 'topic' : 'subject';
  const { lex, finder } = ctx;
  let first: (SubjectRef & { kind: 'phrase' }) | undefined;
  let fallback: SubjectRef | undefined;
  let skipped = false;
  let k = a;
  /** Past the rest of a prepositional phrase: adjectives, and a name in quotation marks after them. */
  const skipObject = () => {
    skipped = true;
    for (;;) {
      while (k < b && word(ctx, k)?.startsWith('ال') && !ctx.mentionAt.has(k)) k++;
      if (ctx.tokens[k]?.kind !== 'quote') break;
      k++;
      const named = ctx.mentionAt.get(k);
      if (named) k = named.tj;
      while (k < b && ctx.tokens[k]?.kind === 'quote') k++;
    }
  };
  while (k < b) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== 'word') {
      k++;
      continue;
    }
    const m = ctx.mentionAt.get(k);
    if (m) {
      // «بيان لوزارة الخارجية», «بيان صادر عن مكتب …», «بيان علمي من جمعية …»: the document's author.
      const author = first?.type === 'DOC' && k <= first.endToken + 2 && isAuthor(ctx, first.endToken, k);
      if ((m.preposition || PREPOSITIONS.has(word(ctx, k - 1) ?? '')) && !author) {
        k = m.tj;
        skipped = true;
        continue;
      }
      // After an unnamed source or a document, a later name is its author or in apposition
      // («مسؤول أمريكي، جون سميث،»), not a party the clause merely mentions («مشروع قرار اطلعت عليه رويترز»).
      const apposed =
        k === first?.endToken ||
        [k - 1, k - 2].some((n) => ctx.tokens[n] && (ctx.tokens[n] as Token).kind !== 'word');
      if (first && first.type !== 'PER' && m.type !== 'PER' && !author && !apposed) {
        k = m.tj;
        continue;
      }
      // «المتحدثة باسم منظمة … (يونيسف) ليلى منصور»: after a title, organisations belong to the title;
      // the speaker is the person it ends with.
      if (first?.type === 'PER' && m.type !== 'PER') {
        k = m.tj;
        continue;
      }
      const gender = first?.type === 'DOC' ? first.gender : undefined;
      const found: SubjectRef = {
        kind: 'mention',
        mention: m,
        phraseStart: first?.start ?? t.start,
        last: coordinated(ctx, m, b),
        gender,
      };
      // «مذيعة "دويتشه فيله"، كريستينا كوباس»: an organisation in quotation marks after a description is
      // its genitive; a person named after it is the speaker, and only failing one, the organisation.
      if (first && m.type !== 'PER' && !author && ctx.tokens[k - 1]?.kind === 'quote') {
        fallback ??= found;
        k = m.tj;
        continue;
      }
      return found;
    }
    const bare = withoutConjunction(t.f);
    const w = bare[bare.length - 1] as string;
    const named = ctx.mentionAt.get(k + 1);
    if (named && !named.preposition && named.type === 'ORG' && ORG_HEADS.has(w)) {
      return { kind: 'mention', mention: named, phraseStart: t.start };
    }
    // «الصحيفة البارزة (فوليا دي ساو باولو)»: the name right after the head, else the one it refers back to.
    if (!first && ORG_HEADS.has(w.replace(/^ال/, ''))) {
      for (let n = k + 1; n <= k + 3 && n < b; n++) {
        const m2 = ctx.mentionAt.get(n);
        if (m2?.type === 'ORG' && !m2.preposition)
          return { kind: 'mention', mention: m2, phraseStart: t.start };
      }
    }
    const anaphor = antecedentOf(ctx, t);
    if (anaphor && !first) return { kind: 'mention', mention: anaphor, phraseStart: t.start };
    if ((w === 'صادر' || w === 'الصادر') && word(ctx, k + 1) === 'عن') {
      // «بيان صادر عن مكتب …»: what follows is the document's author.
      const author = ctx.mentionAt.get(k + 2);
      if (author)
        return {
          kind: 'mention',
          mention: author,
          phraseStart: first?.start ?? t.start,
          gender: first?.gender,
        };
    }
    if (PREPOSITIONS.has(w) || PREPOSITIONS.has(t.f)) {
      // The preposition's object: a party, or a word and its adjectives («لـ«الشرق الأوسط»», «في بيان»).
      k++;
      while (k < b && (ctx.tokens[k] as Token).kind === 'quote') k++;
      const object = ctx.mentionAt.get(k);
      // «بيان علمي من جمعية القلب الأمريكية»: a document's author.
      if (object && first?.type === 'DOC' && (w === 'من' || w === 'عن') && object.type !== 'LOC') {
        return { kind: 'mention', mention: object, phraseStart: first.start, gender: first.gender };
      }
      k = object ? object.tj : k + 1;
      skipObject();
      continue;
    }
    // «مذيعة "دويتشه فيله"، كريستينا كوباس،»: a name set off by commas after a description.
    const prev = ctx.tokens[k - 1];
    if (first && allowNewNames && prev?.kind === 'punct' && (prev.f === '،' || prev.f === ',')) {
      const made = finder.nameAt(k, 'topic');
      if (made) return { kind: 'mention', mention: made, phraseStart: first.start };
    }
    const head = first ? undefined : headAt(ctx, k);
    if (!head && (ADVERBIALS.has(w) || ADVERBIALS.has(t.f) || lex.stopwords.has(w) || first)) {
      k++;
      continue;
    }
    const glued = finder.isPrepositional(t.f) && !(k === a && leadingPreposition);
    const titled = glued ? undefined : finder.titleEnd(k);
    if (head && (titled === undefined || titled <= head.end)) {
      const end = Math.max(k + 1, head.type === 'ANON' ? phraseEnd(ctx, k + 1, b) : Math.min(head.end, b));
      first = phrase(ctx, k, end, head.type, head.gender);
      k = end;
      continue;
    }
    const nameStart = titled;
    if (nameStart !== undefined) {
      const named = ctx.mentionAt.get(nameStart);
      if (named && !named.preposition) return { kind: 'mention', mention: named, phraseStart: t.start };
      const made =
        allowNewNames && !skipped && nameStart < b
          ? finder.nameAt(nameStart, source === 'subject' ? 'titled' : source)
          : undefined;
      if (made) {
        ctx.mentionAt.set(made.ti, made);
        return { kind: 'mention', mention: made, phraseStart: t.start };
      }
      const end = Math.min(Math.max(nameStart, k + 1), b);
      first = phrase(ctx, k, end, 'PER');
      k = end;
      continue;
    }
    if (finder.isPrepositional(t.f) || (/^[وف]/.test(t.f) && finder.isPrepositional(t.f.slice(1)))) {
      k++;
      skipObject();
      continue;
    }
    if (allowNewNames && !skipped && finder.knownFamilyName(k)) {
      const made = finder.familyNameAt(k);
      if (made) {
        ctx.mentionAt.set(made.ti, made);
        return { kind: 'mention', mention: made, phraseStart: t.start };
      }
    }
    // «أسطورة كرة القدم الأرجنتيني مارادونا»: a known person a few words on is the name; what comes
    // before it describes him.
    const known = knownPersonAhead(ctx, k, b);
    if (known) return { kind: 'mention', mention: known, phraseStart: t.start };
    if (allowNewNames && !skipped && !finder.isDefinite(k) && finder.isNameWord(t.f)) {
      const made = finder.nameAt(k, source);
      if (made) {
        ctx.mentionAt.set(made.ti, made);
        return { kind: 'mention', mention: made, phraseStart: t.start };
      }
    }
    // A common noun phrase: «أعضاء التحالف», «الشركة الفرنسية», «قيادة الدفاع الجوي في أمريكا الشمالية».
    // After a prepositional phrase, or starting with a pronoun-bearing word, it is more likely an object.
    if (skipped || !finder.nameShaped(k)) {
      k++;
      continue;
    }
    const end = Math.min(b, Math.max(k + 1, phraseEnd(ctx, k + 1, b)));
    first = phrase(ctx, k, end);
    k = end;
  }
  // A title with no name («وأضاف الوزير», «وفقا لوزير المالية») is the person named with that title before.
  if (first?.type === 'PER') {
    const named = titleAntecedent(ctx, a, first.endToken);
    if (named) return { kind: 'mention', mention: named, phraseStart: first.start };
  }
  // A quoted organisation stands in only for a vague description, not for an unnamed source or a document.
  if (first?.gender) return first;
  return fallback ?? first ?? { kind: 'none' };
}

/** Each word of tokens [a, b) with its readings without proclitics and article («لوزير» → وزير). */
function titleWords(ctx: SpeakerContext, a: number, b: number): string[][] {
  const out: string[][] = [];
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== 'word') continue;
    out.push(splits(t.f).map((x) => (x.stem.startsWith('ال') ? x.stem.slice(2) : x.stem)));
  }
  return out;
}

/** How far back (tokens) a bare title looks for its holder: a long article, bounded for huge texts. */
const TITLE_LOOKBACK = 3000;

/**
 * The person most recently named right after a title that agrees with tokens [a, b): same head word
 * («وزير») and, when the later title says more («وزير المالية»), those words too.
 */
function titleAntecedent(ctx: SpeakerContext, a: number, b: number): Mention | undefined {
  let start = a;
  while (start < b && ctx.tokens[start]?.kind === 'word' && !ctx.finder.titleEnd(start)) start++;
  const wanted = titleWords(ctx, start, b);
  if (!wanted.length) return undefined;
  ctx.titlesBefore ??= new Map();
  for (let k = a - 1; k >= 0 && k >= a - TITLE_LOOKBACK; k--) {
    const m = ctx.mentionAt.get(k);
    if (m?.type !== 'PER') continue;
    let before = ctx.titlesBefore.get(m);
    if (!before) {
      before = new Set(titleWords(ctx, Math.max(0, m.ti - 8), m.ti).flat());
      ctx.titlesBefore.set(m, before);
    }
    if (wanted.every((readings) => readings.some((w) => before.has(w)))) return m;
  }
  return undefined;
}

/**
 * Where an unnamed or descriptive speaker's phrase ends, up to b: its modifiers and the phrases that
 * say who it is («مصدران على اطلاع بالقضية», «شخص بالنيابة عن العائلة»), but not the addressee
 * («لوكالة رويترز»), the occasion («في بيان») or a name in apposition. The reader sees the whole phrase.
 */
function phraseEnd(ctx: SpeakerContext, from: number, b: number): number {
  let j = from;
  while (j < b && j < from + 7) {
    const t = ctx.tokens[j] as Token;
    if (t.kind !== 'word') break;
    const m = ctx.mentionAt.get(j);
    if (m?.type === 'PER') break;
    if (m) {
      if (m.preposition && t.f.startsWith('ل')) break;
      j = m.tj;
      continue;
    }
    if (ADVERBIALS.has(t.f) || ctx.lex.cues.has(t.f) || RELATIVES.has(t.f)) break;
    if (ctx.finder.isPrepositional(t.f) && t.f.startsWith('ل')) break;
    // «إلى», «مع», «حول» … begin the verb's complements; «في», «من», «على», «عن» can still say who it is.
    if (PREPOSITIONS.has(t.f) && !['في', 'من', 'علي', 'عن'].includes(t.f)) break;
    if (
      t.f === 'في' &&
      (ctx.lex.speechNouns.has(word(ctx, j + 1) ?? '') || ADVERBIALS.has(word(ctx, j + 1) ?? ''))
    )
      break;
    j++;
  }
  return j;
}

/** Tokens [from, to) link a document to its author: «ل…», «صادر عن», «من». */
function isAuthor(ctx: SpeakerContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = word(ctx, k);
    if (!w) return false;
    if (k === to) return /^ل/.test(w) || ['عن', 'من'].includes(word(ctx, k - 1) ?? '');
    if (
      !['صادر', 'الصادر', 'عن', 'من', 'رسمي', 'الرسمي', 'مشترك', 'المشترك'].includes(w) &&
      !w.startsWith('ال') &&
      k > from
    ) {
      return false;
    }
  }
  return false;
}

/** Heads that name the same kind of organisation. */
const SAME_HEAD: Record<string, string> = { جريده: 'صحيفه' };

/** «الشركة» or «الوزارة» standing for the company or ministry named before. */
function antecedentOf(ctx: SpeakerContext, t: Token): Mention | undefined {
  const bare = withoutConjunction(t.f).at(-1) as string;
  if (!bare.startsWith('ال')) return undefined;
  const head = SAME_HEAD[bare.slice(2)] ?? bare.slice(2);
  if (!ORG_HEADS.has(head)) return undefined;
  // The most mentioned organisation of that kind among the last ones before, the latest on a tie.
  const list = orgMentions(ctx);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).start < t.start) lo = mid + 1;
    else hi = mid;
  }
  const count = new Map<string, number>();
  let best: Mention | undefined;
  for (let n = lo - 1; n >= 0 && n >= lo - 60; n--) {
    const m = list[n] as Mention;
    const mHead = ctx.headOf.get(m.key);
    if ((SAME_HEAD[mHead ?? ''] ?? mHead) !== head) continue;
    const c = (count.get(m.key) ?? 0) + 1;
    count.set(m.key, c);
    if (!best || c > (count.get(best.key) ?? 0)) best = m;
  }
  return best;
}

/** The organisation mentions in text order, computed once per text. */
function orgMentions(ctx: SpeakerContext): Mention[] {
  if (!ctx.orgs) {
    ctx.orgs = [...ctx.mentionAt.values()].filter((m) => m.type === 'ORG').sort((a, b) => a.start - b.start);
    for (const m of ctx.orgs) if (m.head && !ctx.headOf.has(m.key)) ctx.headOf.set(m.key, m.head);
  }
  return ctx.orgs;
}

/** A person's mention within the next few words before b, with nothing but words between. */
function knownPersonAhead(ctx: SpeakerContext, k: number, b: number): Mention | undefined {
  for (let n = k + 1; n < Math.min(b, k + 6); n++) {
    const t = ctx.tokens[n] as Token;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.f) || ctx.finder.isPrepositional(t.f)) return undefined;
    const m = ctx.mentionAt.get(n);
    // Right after the word, the known name is more likely its family name: «أليستر» + «غراهام».
    if (m) return m.type === 'PER' && !m.preposition && n > k + 1 ? m : undefined;
  }
  return undefined;
}

/** «الولايات المتحدة وفرنسا»: a second party joined by و right after the first, also speaking. */
function coordinated(ctx: SpeakerContext, m: Mention, b: number): Mention | undefined {
  const next = ctx.mentionAt.get(m.tj);
  if (!next || next.tj > b || next.type !== m.type) return undefined;
  const t = ctx.tokens[m.tj] as Token;
  return t.f.startsWith('و') ? next : undefined;
}

/** The speaker right before a verb (SVO, «… وفرنسا اللتان تعتقدان»), if a party ends there. */
export function subjectBefore(ctx: SpeakerContext, cue: number, sentenceFrom: number): SubjectRef {
  let k = cue - 1;
  while (k >= sentenceFrom) {
    const t = ctx.tokens[k] as Token;
    if ((t.kind === 'punct' && ['،', ',', ')'].includes(t.f)) || t.kind === 'quote') {
      k--;
      continue;
    }
    // «… ديفيد كاميرون عام 2013 عندما قال»: a time and a «when» may stand between the name and its verb.
    if (t.kind === 'number' || (t.kind === 'word' && (RELATIVES.has(t.f) || BEFORE_VERB.has(t.f)))) {
      k--;
      continue;
    }
    break;
  }
  if (k < sentenceFrom) return { kind: 'none' };
  // «محمد الغامدي رئيس الجمعية أشار»: a name followed by its title, right before the verb.
  for (let n = k; n > Math.max(sentenceFrom, k - 6); n--) {
    const titled = ctx.finder.titleEnd(n);
    const person = mentionEndingAt(ctx, n - 1);
    if (titled !== undefined && titled >= k + 1 && person?.type === 'PER' && !person.preposition) {
      return { kind: 'mention', mention: person, phraseStart: person.start };
    }
  }
  const anaphor = antecedentOf(ctx, ctx.tokens[k] as Token);
  if (anaphor) return { kind: 'mention', mention: anaphor, phraseStart: (ctx.tokens[k] as Token).start };
  // Find a mention ending at token k (or its closing mark), and a coordinated one before it.
  const m =
    mentionEndingAt(ctx, k) ?? (ctx.tokens[k]?.kind === 'word' ? undefined : mentionEndingAt(ctx, k - 1));
  if (m && !m.preposition) {
    const first = mentionEndingAt(ctx, m.ti - 1);
    if (
      first &&
      first.tj === m.ti &&
      first.type === m.type &&
      (ctx.tokens[m.ti] as Token).f.startsWith('و')
    ) {
      return { kind: 'mention', mention: first, phraseStart: first.start, last: m };
    }
    return { kind: 'mention', mention: m, phraseStart: m.start };
  }
  // «تقرير استخباري أمريكي صدر مؤخرا قال»: an indefinite document or unnamed source a few words back,
  // whose relative clause (Arabic marks none after an indefinite noun) the verb continues.
  for (let n = k; n >= Math.max(sentenceFrom, k - 6); n--) {
    const t = ctx.tokens[n] as Token;
    if (t.kind !== 'word') break;
    const head = ctx.finder.isDefinite(n) ? undefined : headAt(ctx, n);
    // Without its gender the phrase stays this statement's speaker only, not one a later bare verb takes.
    if (head) return phrase(ctx, n, Math.max(n + 1, Math.min(head.end, cue)), head.type);
  }
  return { kind: 'none' };
}

/** The mention whose last token is k; names are short, so a few tokens back is enough to look. */
function mentionEndingAt(ctx: SpeakerContext, k: number): Mention | undefined {
  for (let start = k; start >= 0 && start > k - 8; start--) {
    const m = ctx.mentionAt.get(start);
    if (m) return m.tj - 1 === k ? m : undefined;
  }
  return undefined;
}

/** Grammatical gender of a named party as a subject: countries and cities are feminine. */
export function partyGender(ctx: SpeakerContext, party: Party, mention?: Mention): Gender | undefined {
  if (party.type === 'LOC') return 'f';
  const first = party.name.split(' ')[0] ?? '';
  const f = fold(first);
  if (party.type === 'ORG') return f.endsWith('ه') ? 'f' : 'm';
  if (ctx.lex.femaleNames.has(f)) return 'f';
  if (mention) {
    const before = ctx.tokens[mention.ti - 1];
    if (before && before.kind === 'word' && /ه$/.test(before.f) && ctx.lex.honorifics.has(before.f))
      return 'f';
  }
  return 'm';
}

/** Whether a bare verb can refer back to a speaker: a singular verb does not take a plural of people. */
export function agrees(verb: Gender | undefined, subject: Gender | undefined): boolean {
  if (!verb || !subject || verb === 'pl') return true;
  // Non-human plurals («المصادر», «التقارير») take a feminine singular verb.
  if (subject === 'pl') return verb === 'f';
  return verb === subject;
}

export function speakerOfMention(party: Party, phrase?: string): Speaker {
  const speaker: Speaker = {
    name: party.name,
    type: party.type,
    ...(party.id >= 0 ? { partyId: party.id } : {}),
  };
  if (phrase && phrase !== party.name) speaker.phrase = phrase;
  return speaker;
}
