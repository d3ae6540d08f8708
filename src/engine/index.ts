// The engine's one entry point: text in, attributions out. No DOM, no browser APIs, no I/O.
import { type Gender, lexicon } from './lexicon.ts';
import { type Mention, mergeParties, PartyFinder } from './parties.ts';
import { findStatements, type Statement, type Topic } from './quotes.ts';
import { agrees, partyGender, type SpeakerContext, speakerOfMention } from './speakers.ts';
import { structure } from './structure.ts';
import { tokenise } from './tokenise.ts';
import type { Analysis, Party, Quote, Speaker, SpeakerResolution } from './types.ts';

export type * from './types.ts';

// Part of every cache key: a change in what the engine finds (rules, lexicons, the tagger's model) bumps it.
export const ENGINE_VERSION = '0.5.1';

/** Texts longer than this are cut: no article is this long, and the page must stay responsive. */
const MAX_TEXT = 8_000_000;

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Called when a rule throws; tests set it to fail loudly instead of degrading quietly. */
export let onEngineError: (error: unknown) => void = () => {};
export function setEngineErrorHandler(handler: (error: unknown) => void) {
  onEngineError = handler;
}

export function analyze(input: string): Analysis {
  const text = typeof input === 'string' ? input : '';
  const empty = (notice?: Analysis['notice']): Analysis => ({
    version: ENGINE_VERSION,
    length: text.length,
    quotes: [],
    parties: [],
    ...(notice ? { notice } : {}),
  });
  if (!text.trim()) return empty('empty');
  if (!ARABIC_LETTER.test(text.length > 200_000 ? text.slice(0, 200_000) : text)) return empty('not-arabic');
  const truncated = text.length > MAX_TEXT;
  try {
    const result = run(truncated ? text.slice(0, MAX_TEXT) : text);
    return { ...result, length: text.length, ...(truncated ? { notice: 'truncated' as const } : {}) };
  } catch (error) {
    // A fault in one rule must not take the page down with it; an empty result is still valid.
    onEngineError(error);
    return empty();
  }
}

// Ours, written to touch every stage: a title, a name, a country, an organisation, both quote kinds.
const WARM_UP_TEXT =
  'وقال وزير الخارجية المصري سامح شكري في القاهرة إن «الحوار هو الطريق». وأضاف أن الأمم المتحدة ستدعم الاتفاق.';

/** Loads the lexicons and the tagger and runs every stage once, so the first real text is fast. */
export function warmUp(): void {
  analyze(WARM_UP_TEXT);
}

function run(text: string): Analysis {
  const lex = lexicon();
  const tokens = tokenise(text);
  const shape = structure(text, tokens);
  const finder = new PartyFinder(text, tokens);
  finder.find();
  const speakers: SpeakerContext = {
    text,
    tokens,
    lex,
    finder,
    mentionAt: finder.mentionStartingAt,
    headOf: new Map(),
  };
  const { statements, topics } = findStatements({ text, tokens, structure: shape, lex, speakers });
  const mentions = finder.sorted();
  const parties = mergeParties(mentions);
  return {
    version: ENGINE_VERSION,
    length: text.length,
    quotes: resolveSpeakers(speakers, statements, topics, mentions, parties),
    parties,
  };
}

/** A mention's party; a mention later absorbed into a longer name («أليستر» + «غراهام») takes that name's. */
function partyOf(mentions: Mention[], parties: Party[], m: Mention): Party {
  const cover = m.partyName === undefined ? mentions.find((x) => x.ti <= m.ti && m.ti < x.tj) : m;
  if (cover?.party !== undefined) return parties[cover.party] as Party;
  // A tentative party, not listed: a speaker with a name and no party to point to.
  const name = cover?.partyName ?? m.text;
  return { id: -1, name, type: m.type, forms: [name], mentions: [] };
}

/** Turns each statement's subject into a speaker; a bare verb takes the last agreeing speaker. */
function resolveSpeakers(
  ctx: SpeakerContext,
  statements: Statement[],
  topics: Topic[],
  mentions: Mention[],
  parties: Party[],
): Quote[] {
  const history: { speaker: Speaker; gender?: Gender; mention?: { start: number; end: number } }[] = [];
  let nextTopic = 0;
  const genderOf = new Map<string, Gender>();
  return statements.map((st) => {
    // Sentence subjects met since the last statement are candidates for a bare verb too.
    while (nextTopic < topics.length && (topics[nextTopic] as Topic).at < st.cue.start) {
      const { subject: topic, gender: verbGender } = topics[nextTopic++] as Topic;
      if (topic.kind === 'mention') {
        const party = partyOf(mentions, parties, topic.mention);
        const gender =
          verbGender && verbGender !== 'pl' ? verbGender : partyGender(ctx, party, topic.mention);
        history.push({ speaker: speakerOfMention(party), gender });
      } else if (topic.kind === 'phrase') {
        history.push({ speaker: { name: topic.text, type: topic.type }, gender: topic.gender });
      }
    }
    let speaker: Speaker | null = null;
    let gender: Gender | undefined;
    let mention: { start: number; end: number } | undefined;
    let resolution: SpeakerResolution = st.sourced ? 'source' : 'named';
    const subject = st.subject;
    if (subject.kind === 'mention') {
      const party = partyOf(mentions, parties, subject.mention);
      const end = (subject.last ?? subject.mention).end;
      if (subject.last) {
        const name = ctx.text.slice(subject.mention.start, end).replace(/\s+/g, ' ');
        speaker = { name, type: party.type };
        gender = 'pl';
      } else {
        const phrase = ctx.text.slice(subject.phraseStart, end).replace(/\s+/g, ' ');
        speaker = speakerOfMention(party, phrase);
        // A verb before its subject agrees with it in gender: «وقالت سانت أونجي» tells she is a woman.
        const verbGender =
          st.gender && st.gender !== 'pl' && subject.mention.start > st.cue.start ? st.gender : undefined;
        if (verbGender && party.type === 'PER') genderOf.set(party.name, verbGender);
        // «وقالت الشركة»: how the text refers to the party here decides what a later «وأضافت» can refer to.
        gender =
          subject.gender ??
          verbGender ??
          genderOf.get(party.name) ??
          partyGender(ctx, party, subject.mention);
      }
      mention = { start: subject.mention.start, end };
    } else if (subject.kind === 'phrase') {
      speaker = { name: subject.text, type: subject.type };
      gender = subject.gender;
      mention = { start: subject.start, end: subject.end };
    } else {
      resolution = 'none';
      for (let k = history.length - 1; k >= 0; k--) {
        const h = history[k] as (typeof history)[number];
        if (!agrees(st.gender, h.gender)) continue;
        speaker = h.speaker;
        gender = h.gender;
        resolution = 'pronoun';
        break;
      }
    }
    // A common noun phrase («الدول») is too vague to stand for a later bare verb.
    const vague = subject.kind === 'phrase' && subject.gender === undefined;
    if (speaker && resolution !== 'pronoun' && !vague) history.push({ speaker, gender, mention });
    const quote: Quote = { start: st.start, end: st.end, kind: st.kind, cue: st.cue, speaker, resolution };
    if (mention && resolution !== 'pronoun') quote.speakerMention = mention;
    return quote;
  });
}
