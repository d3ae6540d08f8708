// Statements: direct speech in quotation marks, reported clauses after a reporting verb and إن/أن,
// and sourced statements (بحسب، وفقاً لـ، نقلاً عن). Each statement carries its cue and the tokens
// where its speaker may be named; speakers.ts decides who that is.
import { withoutConjunction } from './clitics.ts';
import type { CueClass, Gender, Lexicon } from './lexicon.ts';
import { RELATIVES, type SpeakerContext, type SubjectRef, subjectBefore, subjectIn } from './speakers.ts';
import type { QuotePair, Sentence, Structure } from './structure.ts';
import type { Token } from './tokenise.ts';
import type { QuoteKind } from './types.ts';

export interface Statement {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: { text: string; start: number; end: number };
  cueToken: number;
  /** Gender/number of the reporting verb, for resolving a bare verb to an earlier speaker. */
  gender?: Gender;
  subject: SubjectRef;
  /** The verb is a circumstantial participle (قائلا): its speaker is its sentence's subject. */
  participle: boolean;
  /** Introduced by a sourcing phrase (بحسب، وفقا لـ) rather than a verb. */
  sourced?: boolean;
}

/** إن/أن/بأن, alone or with a pronoun fused to them (إنها, أنه, بأنهم). */
const COMPLEMENTISER = /^ب?ان(ه|ها|هم|هما|هن|ني|نا|ك|كم)?$/;

/** Where the reporter takes the word back inside a sentence: «وهو ما …», «في إشارة إلى …». */
const RESUMPTIONS: string[][] = [
  ['وهو', 'ما'],
  ['وهو', 'الامر'],
  ['وهي', 'خطوه'],
  ['في', 'اشاره'],
  ['في', 'حين'],
  ['وذلك', 'في'],
  ['وفق', 'ما'],
  ['حسب', 'ما'],
  ['بحسب', 'ما'],
];

/** Words that join a verb to its sentence's earlier subject: «… حيث كتب», «… إذ قال». */
const JOINERS = new Set(['حيث', 'اذ', 'ثم', 'كما', 'عندما', 'حين', 'بينما']);

/** Impersonal reporting forms the reporter uses for his own asides. */
const IMPERSONAL = new Set([
  'يذكر',
  'ويذكر',
  'يشار',
  'ويشار',
  'يلاحظ',
  'ويلاحظ',
  'يبدو',
  'ويبدو',
  'يعتقد',
  'يتوقع',
]);

export interface Document {
  text: string;
  tokens: Token[];
  structure: Structure;
  lex: Lexicon;
  speakers: SpeakerContext;
}

interface Cue {
  at: number;
  cls: CueClass | 'participle';
  gender?: Gender;
}

function isWord(t: Token | undefined, ...forms: string[]): boolean {
  return t !== undefined && t.kind === 'word' && forms.includes(t.f);
}

function cueAt(doc: Document, i: number): Cue | undefined {
  const t = doc.tokens[i] as Token;
  if (t.kind !== 'word' || doc.structure.inQuote[i] !== -1) return undefined;
  for (const w of withoutConjunction(t.f)) {
    const c = doc.lex.cues.get(w);
    if (c) return { at: i, cls: c.cls, gender: c.gender };
    const p = doc.lex.participles.get(w);
    if (p) return { at: i, cls: 'participle', gender: p };
  }
  return undefined;
}

/** Length in tokens of a sourcing phrase (بحسب، وفقا لـ، نقلا عن …) starting at token i, or 0. */
function sourcingAt(doc: Document, i: number): number {
  const t = doc.tokens[i] as Token;
  if (t.kind !== 'word' || doc.structure.inQuote[i] !== -1) return 0;
  let best = 0;
  const phrases = withoutConjunction(t.f).flatMap((w) => doc.lex.sourcesBefore.get(w) ?? []);
  for (const rest of phrases) {
    let k = i + 1;
    let ok = true;
    for (const r of rest) {
      const w = doc.tokens[k];
      if (!w) {
        ok = false;
        break;
      }
      if (w.kind === 'word' && w.f === r) {
        k++;
        continue;
      }
      // A one-letter preposition (ل، ب) glued to the next word («وفقا لوزارة») or written «لـ».
      if (r.length === 1 && w.kind === 'word' && w.f.startsWith(r)) break;
      ok = false;
      break;
    }
    if (ok) best = Math.max(best, k - i);
  }
  return best;
}

/** End (token index, exclusive) of a reported clause that starts at token `from`. */
function clauseEnd(doc: Document, from: number, sentence: Sentence, verb?: Gender): number {
  const { tokens, structure } = doc;
  let k = from;
  while (k < sentence.to) {
    const t = tokens[k] as Token;
    const q = structure.inQuote[k] as number;
    if (q >= 0 && t.kind === 'quote') {
      const pair = structure.quotes[q] as QuotePair;
      if (pair.open === k) {
        k = pair.close + 1;
        continue;
      }
    }
    if (k > from && t.kind === 'word') {
      if (RESUMPTIONS.some((r) => r.every((w, n) => tokens[k + n]?.f === w))) break;
      const cue = cueAt(doc, k);
      const prev = tokens[k - 1] as Token;
      const afterComma = prev.kind === 'punct' && (prev.f === '،' || prev.f === ',');
      // A participle or a verb joined by و starts another statement or the reporter's own words, and so
      // does a verb after «بعد أن» («… بعد أن أشارت دراسات إلى أن …»).
      if (cue && (cue.cls === 'participle' || /^[وف]/.test(t.f))) break;
      // «وقالت البحرين إنها تقف مع الرياض … ورفضت …»: a feminine verb joined by و takes the subject
      // back from the clause (a plural noun would end in ات).
      if (
        verb === 'f' &&
        /^و[^\s]{3,}ت$/.test(t.f) &&
        !t.f.endsWith('ات') &&
        !doc.lex.stopwords.has(t.f.slice(1))
      )
        break;
      if (cue && tokens[k - 1]?.f === 'ان' && tokens[k - 2]?.f === 'بعد') {
        k -= 2;
        break;
      }
      if (afterComma && sourcingAt(doc, k)) break;
    }
    k++;
  }
  return k;
}

/** The token index where the paragraph holding token `from` ends. */
function paragraphEnd(doc: Document, from: number): number {
  let k = from;
  const sentences = doc.structure.sentences;
  while (k < doc.tokens.length && (doc.tokens[k] as Token).kind !== 'break') {
    // A new sentence that opens with a reporting verb starts the next statement.
    const s = sentences[doc.structure.sentenceOf[k] as number];
    if (k > from && s && firstWord(doc, s) === k && cueAt(doc, k)) break;
    k++;
  }
  return k;
}

/** Nouns that name what follows in quotation marks: a title, not words someone said. */
const TITLE_NOUNS = new Set(
  [
    'برنامج',
    'شعار',
    'عنوان',
    'بعنوان',
    'كتاب',
    'فيلم',
    'حمله',
    'مبادره',
    'قصه',
    'مسلسل',
    'روايه',
    'اغنيه',
    'وسم',
    'هاشتاغ',
    'عمليه',
    'خطه',
    'قصيده',
    'مسرحيه',
    'لقب',
    'جايزه',
    'مهرجان',
    'معرض',
    'تطبيق',
  ].flatMap((w) => [w, `ال${w}`, `ب${w}`, `و${w}`]),
);

/** A short quotation right after a title noun («برنامج "تفاعلكم"», «بعنوان "…"»). */
function isTitle(doc: Document, pair: QuotePair): boolean {
  const before = doc.tokens[pair.open - 1];
  return before?.kind === 'word' && TITLE_NOUNS.has(before.f) && wordsIn(doc, pair.open, pair.close) <= 6;
}

/** The index of a sentence's first word. */
function firstWord(doc: Document, s: Sentence): number {
  let k = s.from;
  while (k < s.to && (doc.tokens[k] as Token).kind !== 'word') k++;
  return k;
}

/** The character span of tokens [a, b), trimmed of punctuation at both ends. */
function span(doc: Document, a: number, b: number): { start: number; end: number } | undefined {
  const { tokens } = doc;
  while (a < b && (tokens[a] as Token).kind === 'punct') a++;
  while (b > a && ((tokens[b - 1] as Token).kind === 'punct' || (tokens[b - 1] as Token).kind === 'break'))
    b--;
  if (a >= b) return undefined;
  return { start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end };
}

function wordsIn(doc: Document, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if ((doc.tokens[k] as Token).kind === 'word') n++;
  return n;
}

function holdsQuote(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((doc.tokens[k] as Token).kind === 'quote') return true;
  return false;
}

/** Words between a verb and its clause that still leave the verb a reporting one. */
const MAX_SUBJECT_TOKENS = 18;

/** A sentence's subject that says nothing quotable but can be what a later bare verb refers to. */
export interface Topic {
  at: number;
  subject: SubjectRef;
  /** The gender its verb shows («وواصلت» → feminine), when the verb is known. */
  gender?: Gender;
}

export function findStatements(doc: Document): { statements: Statement[]; topics: Topic[] } {
  const { tokens, structure } = doc;
  const out: Statement[] = [];
  const topics: Topic[] = [];
  /** Quote pairs already covered by a statement. */
  const usedPairs = new Set<number>();
  // Characters already inside a statement: a later cue inside one does not make another.
  const taken = new Uint8Array(doc.text.length + 1);
  const covered = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (taken[k]) return true;
    return false;
  };
  const add = (s: Statement) => {
    out.push(s);
    taken.fill(1, s.start, s.end);
  };

  for (const sentence of structure.sentences) {
    /** The subject of the sentence's last verb, for participles («وتابع لافروف … قائلا») and «… ودعا». */
    let sentenceSubject: SubjectRef = openingSubject(doc, sentence);
    if (sentenceSubject.kind !== 'none')
      topics.push({ at: (tokens[sentence.from] as Token).start, subject: sentenceSubject });
    for (let i = sentence.from; i < sentence.to; i++) {
      const cue = cueAt(doc, i);
      if (cue) {
        const made = fromCue(doc, cue, sentence, sentenceSubject, usedPairs);
        if (made) {
          if (!covered(made.start, made.end)) add(made);
          if (made.subject.kind !== 'none' && !made.participle) sentenceSubject = made.subject;
        } else if (cue.cls !== 'participle') {
          // «وحذر دومينغو، قائلا …»: a verb with no clause of its own still names the sentence's speaker.
          // Up to the first full stop or quotation, through commas: «وواصلت الكولومبية، جولييت …،».
          let to = i + 1;
          const stop = Math.min(sentence.to, i + 12);
          while (to < stop && ((tokens[to] as Token).kind === 'word' || (tokens[to] as Token).f === '،'))
            to++;
          const subject = subjectIn(doc.speakers, i + 1, to, true);
          if (subject.kind === 'mention' || (subject.kind === 'phrase' && subject.gender)) {
            sentenceSubject = subject;
            // «وواصلت جولييت … إرسالها» says nothing quotable, but a later «وكتبت:» refers to her.
            topics.push({ at: (tokens[i] as Token).start, subject, gender: cue.gender });
          }
        }
        continue;
      }
      const n = sourcingAt(doc, i);
      if (n) {
        const made = fromSourcing(doc, i, n, sentence, usedPairs);
        if (made && !covered(made.start, made.end)) add(made);
        i += n - 1;
      }
    }
    const headline = fromHeadline(doc, sentence);
    if (headline && !covered(headline.start, headline.end)) add(headline);
  }

  // Direct speech whose cue comes after it: «…»، قال الوزير.
  structure.quotes.forEach((pair, q) => {
    if (usedPairs.has(q)) return;
    const made = fromQuoteWithCueAfter(doc, pair);
    if (made && !covered(made.start, made.end)) {
      usedPairs.add(q);
      add(made);
    }
  });
  return { statements: out.sort((a, b) => a.start - b.start), topics };
}

function fromCue(
  doc: Document,
  cue: Cue,
  sentence: Sentence,
  sentenceSubject: SubjectRef,
  usedPairs: Set<number>,
): Statement | undefined {
  const { tokens, structure } = doc;
  const limit = Math.min(sentence.to, cue.at + 1 + MAX_SUBJECT_TOKENS);
  let j = cue.at + 1;
  let found: 'comp' | 'colon' | 'quote' | undefined;
  let relativeOpen = false;
  for (; j < limit; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote') {
      const q = structure.inQuote[j] as number;
      const pair = structure.quotes[q];
      if (pair && pair.open === j) {
        // A short quoted name or title in the subject («لصحيفة "الحياة"») is not what was said.
        const words = pair.close - pair.open - 1;
        const after = tokens[pair.close + 1];
        const continues = after && after.kind === 'word' && words <= 3 && j - cue.at < MAX_SUBJECT_TOKENS - 2;
        // A name in quotation marks («وقالت منظمة "أطباء بلا حدود" إن», «المتحدث "الدكتور …": إن») is
        // the speaker, not the speech.
        const isName = doc.speakers.mentionAt.get(j + 1)?.tj === pair.close;
        let next = pair.close + 1;
        while (tokens[next]?.kind === 'punct' && tokens[next]?.f !== ':') next++;
        const introduces =
          words <= 4 && (tokens[next]?.f === ':' || COMPLEMENTISER.test(tokens[next]?.f ?? ''));
        if ((continues && cue.cls !== 'object') || isName || introduces) {
          j = pair.close;
          continue;
        }
        if (isTitle(doc, pair)) {
          j = pair.close;
          continue;
        }
        found = 'quote';
        break;
      }
      continue;
    }
    if (t.kind === 'punct' && (t.f === ':' || t.f === '：')) {
      found = 'colon';
      break;
    }
    // «ولم يكشف الموقع تفاصيل الهوية التي من المتوقع أن …»: إن/أن inside a relative clause belongs to
    // it, unless commas close the clause first («وقالت الشركة، التي تأسست عام 1990، إن …»).
    if (t.kind === 'punct' && (t.f === '،' || t.f === ',')) relativeOpen = false;
    if (t.kind !== 'word') continue;
    if (RELATIVES.has(t.f)) relativeOpen = true;
    if (cue.cls !== 'object' && COMPLEMENTISER.test(t.f)) {
      if (relativeOpen) break;
      found = 'comp';
      break;
    }
    // Another reporting verb ends the search, unless it sits in a clause about a noun after the
    // speaker («وكشف الشميمري عن وجود تقارير تؤكد بأن …»: what is said is still his).
    // A verb set off by a comma is a parenthetical («وقال مصدر، طلب عدم نشر اسمه، لتلفزيون …»).
    const parenthetical = tokens[j - 1]?.f === '،' || tokens[j - 1]?.f === ',';
    // A verb right before what is said owns it: «وأشار فراس إلى تقرير … صدر مؤخرا قال «…»».
    const owns = (n: Token | undefined) =>
      n !== undefined &&
      (n.kind === 'quote' || n.f === ':' || (n.kind === 'word' && COMPLEMENTISER.test(n.f)));
    if (
      cueAt(doc, j) &&
      !parenthetical &&
      (j - cue.at < 4 || /^[وف]/.test((tokens[j] as Token).f) || owns(tokens[j + 1]))
    ) {
      break;
    }
  }
  if (!found) return undefined;
  if (cue.cls === 'object' && found !== 'quote') return undefined;
  // «… التي كتبت القواعد … “…”»: a verb in a relative clause has its object there, not a quotation
  // further on (a belief with إن/أن is another matter: «… اللتان تعتقدان أن …»).
  if (found === 'quote' && j > cue.at + 1 && RELATIVES.has(tokens[cue.at - 1]?.f ?? '')) return undefined;
  // «يذكر أن», «يشار إلى أن»: the reporter's own aside, not a statement.
  if (
    IMPERSONAL.has(tokens[cue.at]?.f ?? '') &&
    !tokens.slice(cue.at + 1, j).some((t) => t.kind === 'word' && !['الي', 'ان'].includes(t.f))
  ) {
    return undefined;
  }

  let content: { start: number; end: number } | undefined;
  let kind: QuoteKind;
  const subjectEnd = j;
  // «وقال: إن …»: what was said starts after إن.
  if (found === 'colon' && tokens[j + 1]?.kind === 'word' && COMPLEMENTISER.test((tokens[j + 1] as Token).f))
    j++;
  if (found === 'colon' && (tokens[j + 1] as Token | undefined)?.kind === 'quote') {
    const q = structure.inQuote[j + 1] as number;
    const pair = structure.quotes[q];
    if (pair && pair.open === j + 1) {
      found = 'quote';
      j += 1;
    }
  }
  if (found === 'quote') {
    const q = structure.inQuote[j] as number;
    const pair = structure.quotes[q] as QuotePair;
    usedPairs.add(q);
    const inner = span(doc, pair.open + 1, pair.close);
    if (!inner) return undefined;
    content = { start: (tokens[pair.open] as Token).end, end: (tokens[pair.close] as Token).start };
    kind = 'direct';
  } else {
    // What was said starts after إن/أن, and after a pronoun fused to it: «إنها شنت» → «شنت».
    const contentFrom = j + 1;
    // «وأضاف: …» with no quotation marks speaks for the rest of the paragraph.
    const end =
      found === 'colon' ? paragraphEnd(doc, contentFrom) : clauseEnd(doc, contentFrom, sentence, cue.gender);
    content = span(doc, contentFrom, end);
    if (!content) return undefined;
    for (let k = contentFrom; k < end; k++) {
      const q = structure.inQuote[k] as number;
      if (q >= 0) usedPairs.add(q);
    }
    kind = holdsQuote(doc, contentFrom, end) ? 'mixed' : 'indirect';
  }

  const cueToken = tokens[cue.at] as Token;
  let subject: SubjectRef = { kind: 'none' };
  // «واعتبرت السفير الكندي "شخصا غير مرغوب فيه"»: after a verb of opinion, a quotation's noun is its object.
  if (cue.cls === 'object' || (cue.cls === 'belief' && found === 'quote')) {
    // After «دعا» the next words are its object; only a name right after the verb, or a title ending in
    // one («واستنكر الأمين العام … الشيخ خميس الخنجر هذه التصريحات»), is its subject.
    const m = doc.speakers.mentionAt.get(cue.at + 1);
    if (m && !m.preposition) subject = { kind: 'mention', mention: m, phraseStart: m.start };
    else if (doc.speakers.finder.titleEnd(cue.at + 1) !== undefined) {
      let to = cue.at + 1;
      while (to < subjectEnd && (tokens[to] as Token).kind === 'word') to++;
      const titled = subjectIn(doc.speakers, cue.at + 1, to, false);
      if (titled.kind === 'mention') subject = titled;
    }
  } else if (cue.cls !== 'participle') {
    subject = subjectIn(doc.speakers, cue.at + 1, subjectEnd, true);
    if (subject.kind === 'none') subject = subjectBefore(doc.speakers, cue.at, sentence.from);
  }
  // A participle, or a bare verb joined to the sentence («ودعا», «… حيث كتب عبر حسابه»), shares the
  // sentence's subject.
  const joined = /^[وف]/.test(cueToken.f) || JOINERS.has(tokens[cue.at - 1]?.f ?? '');
  if (subject.kind === 'none' && (cue.cls === 'participle' || joined)) subject = sentenceSubject;
  return {
    ...content,
    kind,
    cue: { text: doc.text.slice(cueToken.start, cueToken.end), start: cueToken.start, end: cueToken.end },
    cueToken: cue.at,
    gender: cue.gender,
    subject,
    participle: cue.cls === 'participle',
  };
}

/** «ورحب مشروع قرار …», «وأبدى السومة استياءه»: a sentence opening with a verb and its subject. */
function openingSubject(doc: Document, sentence: Sentence): SubjectRef {
  const first = doc.tokens[sentence.from];
  if (first?.kind !== 'word' || doc.speakers.mentionAt.has(sentence.from)) return { kind: 'none' };
  if (doc.lex.stopwords.has(first.f) || cueAt(doc, sentence.from)) return { kind: 'none' };
  const subject = subjectIn(
    doc.speakers,
    sentence.from + 1,
    Math.min(sentence.to, sentence.from + 10),
    'topic',
  );
  if (subject.kind === 'mention' && subject.mention.ti <= sentence.from + 8) return subject;
  if (subject.kind === 'phrase' && subject.type === 'DOC') return subject;
  return { kind: 'none' };
}

/** «بحسب الوزير، فإن …» and «… ، بحسب الوزير». */
function fromSourcing(
  doc: Document,
  i: number,
  n: number,
  sentence: Sentence,
  usedPairs: Set<number>,
): Statement | undefined {
  const { tokens, structure } = doc;
  // The source: up to a comma, «فإن», a verb-like break, or the end of the sentence.
  let s = i + n;
  while (s < sentence.to) {
    const t = tokens[s] as Token;
    if (t.kind === 'punct' || t.kind === 'break') break;
    if (t.kind === 'word' && COMPLEMENTISER.test(withoutConjunction(t.f).at(-1) as string)) break;
    if (s - i - n > 8) break;
    s++;
  }
  // «وفق ما نقله موقع …», «حسبما ذكرت الوكالة»: the verb after the phrase is part of it.
  let from = i + n;
  const verb = tokens[from];
  if (verb?.kind === 'word' && (cueAt(doc, from) || doc.lex.cues.has(verb.f.replace(/(ه|ها|ته|تها)$/, ''))))
    from++;
  // «وفقا لمنظمة الصحة»: the phrase's own ل is on the source's first word.
  const glued = doc.speakers.mentionAt.get(from);
  const subject: SubjectRef = glued
    ? { kind: 'mention', mention: glued, phraseStart: glued.start }
    : subjectIn(doc.speakers, from, s, true, from === i + n);
  // «حسب معايير القبول» is not a source: a sourced statement needs a party, an unnamed source or a document.
  if (subject.kind === 'none' || (subject.kind === 'phrase' && subject.gender === undefined))
    return undefined;
  const cueToken = tokens[i] as Token;
  const lastCue = tokens[i + n - 1] as Token;
  const cue = { text: doc.text.slice(cueToken.start, lastCue.end), start: cueToken.start, end: lastCue.end };
  const atStart = tokens.slice(sentence.from, i).every((t) => t.kind !== 'word');
  let to: number;
  if (atStart) {
    from = s;
    while (from < sentence.to && (tokens[from] as Token).kind === 'punct') from++;
    const t = tokens[from];
    if (t && t.kind === 'word' && /^ف?ان(ه|ها|هم)?$/.test(t.f)) from++;
    to = clauseEnd(doc, from, sentence);
  } else {
    // The statement before the phrase: a quotation right before it, or the sentence up to it.
    let k = i - 1;
    while (k > sentence.from && (tokens[k] as Token).kind === 'punct' && (tokens[k] as Token).f !== '»') k--;
    const q = structure.inQuote[k] as number;
    const pair = q >= 0 ? (structure.quotes[q] as QuotePair) : undefined;
    // Only a quotation that is the whole statement: «"…"، بحسب …», not «طلبت … "…"، حسب بيان …».
    const alone = pair && tokens.slice(sentence.from, pair.open).every((t) => t.kind !== 'word');
    if (pair && alone && pair.close === k && wordsIn(doc, pair.open, pair.close) >= 2) {
      usedPairs.add(q);
      return {
        start: (tokens[pair.open] as Token).end,
        end: (tokens[pair.close] as Token).start,
        kind: 'direct',
        cue,
        cueToken: i,
        subject,
        participle: false,
        sourced: true,
      };
    }
    from = sentence.from;
    to = i;
  }
  const content = span(doc, from, to);
  if (!content || to - from < 3) return undefined;
  return {
    ...content,
    kind: holdsQuote(doc, from, to) ? 'mixed' : 'indirect',
    cue,
    cueToken: i,
    subject,
    participle: false,
    sourced: true,
  };
}

const DASHES = new Set(['-', '–', '—']);

/** «لافروف: روسيا مستعدة …» — a line opening with a name and a colon. */
function fromHeadline(doc: Document, sentence: Sentence): Statement | undefined {
  const { tokens } = doc;
  if (!sentence.lineStart) return undefined;
  let colon = -1;
  // «لافروف: …», «الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: …».
  for (let k = sentence.from; k < Math.min(sentence.to, sentence.from + 14); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.f === ':') {
      colon = k;
      break;
    }
  }
  if (colon <= sentence.from) return undefined;
  const subject = subjectIn(doc.speakers, sentence.from, colon, false);
  if (subject.kind !== 'mention' || subject.mention.ti > sentence.from + 8) return undefined;
  // Only a name and what describes it may stand before the colon, not a clause with a verb of its own;
  // after the name, at most the outlet it spoke to: «… ماسا لـ«الصباح»:».
  for (let k = sentence.from; k < colon; k++) if (cueAt(doc, k)) return undefined;
  // «سامي العلي– الخليج– حلب: …» is a byline and a dateline: reporter, outlet and city between dashes.
  for (let k = sentence.from; k < subject.mention.ti; k++)
    if (DASHES.has((tokens[k] as Token).f)) return undefined;
  let k = (subject.last ?? subject.mention).tj;
  if (tokens[k]?.f === 'ل') {
    k++;
    if (tokens[k]?.kind === 'quote') {
      k++;
      while (k < colon && tokens[k]?.kind === 'word') k++;
      if (tokens[k]?.kind === 'quote') k++;
    }
  }
  if (k !== colon) return undefined;
  let end = sentence.to;
  const after = tokens[colon + 1];
  let content: { start: number; end: number } | undefined;
  if (after?.kind === 'quote') {
    const pair = doc.structure.quotes[doc.structure.inQuote[colon + 1] as number];
    if (pair && pair.open === colon + 1) {
      content = { start: after.end, end: (tokens[pair.close] as Token).start };
    }
  }
  while (end > colon + 1 && (tokens[end - 1] as Token).kind === 'break') end--;
  content ??= span(doc, colon + 1, end);
  if (!content) return undefined;
  const c = tokens[colon] as Token;
  return {
    ...content,
    kind: 'direct',
    cue: { text: ':', start: c.start, end: c.end },
    cueToken: colon,
    subject,
    participle: false,
  };
}

/** «…»، قال الوزير / «…»، أضاف / «…» على حد قوله. */
function fromQuoteWithCueAfter(doc: Document, pair: QuotePair): Statement | undefined {
  const { tokens } = doc;
  let k = pair.close + 1;
  while (tokens[k]?.kind === 'punct' && (tokens[k] as Token).f !== '.') k++;
  const t = tokens[k];
  if (t?.kind !== 'word') return undefined;
  // «"جامعة تبوك" توضح …»: a quoted name right before its verb is the subject; what was said is set
  // off from the verb after it by a comma.
  if (k === pair.close + 1 && t.f !== 'علي') return undefined;
  if (isTitle(doc, pair)) return undefined;
  const content = { start: (tokens[pair.open] as Token).end, end: (tokens[pair.close] as Token).start };
  if (pair.close - pair.open < 3) return undefined;
  const cueText = { text: doc.text.slice(t.start, t.end), start: t.start, end: t.end };
  if (isWord(t, 'علي') && isWord(tokens[k + 1], 'حد')) {
    const last = tokens[k + 2] as Token | undefined;
    const gender: Gender = last && /ها$/.test(last.f) ? 'f' : /هم$/.test(last?.f ?? '') ? 'pl' : 'm';
    return {
      ...content,
      kind: 'direct',
      cue: cueText,
      cueToken: k,
      gender,
      subject: { kind: 'none' },
      participle: false,
    };
  }
  const cue = cueAt(doc, k);
  if (!cue || cue.cls === 'object') return undefined;
  const sentenceEnd = doc.structure.sentences[doc.structure.sentenceOf[k] as number]?.to ?? tokens.length;
  let b = k + 1;
  while (b < sentenceEnd && b < k + 10) {
    const x = tokens[b] as Token;
    if (x.kind !== 'word' || COMPLEMENTISER.test(x.f)) break;
    b++;
  }
  const subject = subjectIn(doc.speakers, k + 1, b, true);
  return {
    ...content,
    kind: 'direct',
    cue: cueText,
    cueToken: k,
    gender: cue.gender,
    subject,
    participle: false,
  };
}
