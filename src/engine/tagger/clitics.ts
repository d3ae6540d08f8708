// Proclitic stripping for Arabic words in folded form (see normalise.ts `fold`). A prefix is removed
// only when at least two letters remain, so short words such as «بل» or «لم» keep their letters.

const MIN_REST = 2;

/** Conjunctions that may open a word: و (and), ف (so). */
const CONJUNCTIONS = ['و', 'ف'];
/** Prepositions that attach to the next word: ب، ل، ك. */
const PREPOSITIONS = ['ب', 'ل', 'ك'];

export interface Stripped {
  /** The word without its proclitics. */
  stem: string;
  /** The proclitics removed, in order, e.g. "و+ب+ال"; "" when none. */
  clitics: string;
  /** True when the definite article was part of what was removed. */
  definite: boolean;
}

function canStrip(word: string, prefix: string): boolean {
  return word.startsWith(prefix) && word.length - prefix.length >= MIN_REST;
}

/**
 * The single most likely reading: conjunction, then preposition, then article. «لل» is read as
 * ل + ال (للرئيس → رئيس). The stem keeps the article-less form for definite words.
 */
export function stripClitics(word: string): Stripped {
  let rest = word;
  const parts: string[] = [];
  let definite = false;
  for (const c of CONJUNCTIONS) {
    // «و» before a two-letter rest is usually part of the word (e.g. «ولد»), so demand three.
    if (rest.startsWith(c) && rest.length - 1 >= MIN_REST + 1) {
      rest = rest.slice(1);
      parts.push(c);
      break;
    }
  }
  if (canStrip(rest, 'لل')) {
    rest = rest.slice(2);
    parts.push('ل', 'ال');
    definite = true;
  } else {
    for (const p of PREPOSITIONS) {
      if (rest.startsWith(p) && rest.startsWith('ال', 1) && rest.length - 3 >= MIN_REST) {
        rest = rest.slice(3);
        parts.push(p, 'ال');
        definite = true;
        break;
      }
    }
    if (!definite && canStrip(rest, 'ال')) {
      rest = rest.slice(2);
      parts.push('ال');
      definite = true;
    }
  }
  return { stem: rest, clitics: parts.join('+'), definite };
}

/**
 * The word's stem when it opens with «لل», ل + ال with the article's alef written away («للأمم» →
 * أمم), after و/ف or not; undefined for any other word.
 */
export function afterMergedArticle(word: string): string | undefined {
  const bare =
    CONJUNCTIONS.some((c) => word.startsWith(c)) && word.startsWith('لل', 1) ? word.slice(1) : word;
  return bare.startsWith('لل') && bare.length - 2 >= MIN_REST ? bare.slice(2) : undefined;
}

/**
 * Every plausible stem of a word, most literal first, for dictionary look-ups where guessing wrong
 * costs nothing: the word itself, without و/ف, without a preposition (للبنان → لبنان), without the
 * article, and without a merged «لل» (للأمم → أمم).
 */
export function stemCandidates(word: string): string[] {
  const out = [word];
  const add = (s: string): void => {
    if (s.length >= MIN_REST && !out.includes(s)) out.push(s);
  };
  const afterConj = CONJUNCTIONS.some((c) => word.startsWith(c)) ? [word, word.slice(1)] : [word];
  for (const w of afterConj) {
    add(w);
    const afterPrep = PREPOSITIONS.some((p) => w.startsWith(p)) ? [w, w.slice(1)] : [w];
    for (const v of afterPrep) {
      add(v);
      if (v.startsWith('ال')) add(v.slice(2));
    }
  }
  const merged = afterMergedArticle(word);
  if (merged) add(merged);
  return out;
}
