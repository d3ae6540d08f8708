// Proclitics: the conjunctions و، ف, the prepositions ب، ل، ك and the article ال that Arabic writes
// glued to the next word. Words here are folded (see normalise.ts).

export interface Split {
  /** How many folded characters of the word the proclitics take. */
  cut: number;
  /** The word without its proclitics; for لل (ل + ال) the article is restored: للامم → الامم. */
  stem: string;
  /** The proclitics include a preposition (ب، ل، ك): the word is not a sentence subject. */
  preposition: boolean;
  /** The proclitics include a conjunction (و، ف). */
  conjunction: boolean;
}

const MIN_STEM = 2;

/**
 * Every reading of a word as proclitics + stem, the bare word first. Only plausible combinations:
 * an optional و/ف, then an optional ب/ل/ك, with لل standing for ل + ال.
 */
export function splits(word: string): Split[] {
  const out: Split[] = [{ cut: 0, stem: word, preposition: false, conjunction: false }];
  let i = 0;
  let conjunction = false;
  const c0 = word[0];
  if ((c0 === 'و' || c0 === 'ف') && word.length - 1 >= MIN_STEM) {
    i = 1;
    conjunction = true;
    out.push({ cut: 1, stem: word.slice(1), preposition: false, conjunction });
  }
  const c1 = word[i];
  if ((c1 === 'ب' || c1 === 'ل' || c1 === 'ك') && word.length - i - 1 >= MIN_STEM) {
    if (c1 === 'ل' && word[i + 1] === 'ل' && word.length - i - 2 >= MIN_STEM) {
      out.push({ cut: i + 1, stem: `ا${word.slice(i + 1)}`, preposition: true, conjunction });
    }
    out.push({ cut: i + 1, stem: word.slice(i + 1), preposition: true, conjunction });
  }
  return out;
}

/** The word without a leading conjunction (و، ف), if it has one; the bare word otherwise. */
export function withoutConjunction(word: string): string[] {
  const c0 = word[0];
  if ((c0 === 'و' || c0 === 'ف') && word.length > 2) return [word, word.slice(1)];
  return [word];
}
