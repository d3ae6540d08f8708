// Reading ANERcorp-style CoNLL ("word TAG" per line) into sentences and scorer-sized documents.
import { parseCorpusTag, repairBio } from '../../src/engine/tagger/tags.ts';

export interface Sentence {
  words: string[];
  tags: number[];
}

/** One corpus line as (word, tag) pairs; a line that fused two entries is split back. */
export function parseLine(line: string): Array<[string, string]> {
  const m = /^(.*?)\s+(\S+)\s*$/.exec(line);
  if (!m) return [];
  const word = (m[1] ?? '').trim();
  const tag = m[2] ?? 'O';
  if (!word) return [];
  // e.g. ". Oالإصابة O": the tag of "." and the next word lost their line break
  const fused = /^(\S+)\s+(O|[BI]-[A-Z]+)(\S+)$/.exec(word);
  if (fused)
    return [
      [fused[1] as string, fused[2] as string],
      [fused[3] as string, tag],
    ];
  return [[word, tag]];
}

/** Sentences end at a "." token or a blank line, as the scorer reads them. */
export function readSentences(lines: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  let words: string[] = [];
  let raw: string[] = [];
  const flush = (): void => {
    if (words.length) sentences.push({ words, tags: repairBio(raw.map(parseCorpusTag)) });
    words = [];
    raw = [];
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    for (const [word, tag] of parseLine(line)) {
      words.push(word);
      raw.push(tag);
      if (word === '.') flush();
    }
  }
  flush();
  return sentences;
}

/**
 * Line ranges [from, to) of the documents score.mjs makes of a CoNLL file: 20 sentences each,
 * a sentence ending at a "." token or a blank line. Mirrors its loadConll exactly.
 */
export function documentRanges(lines: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = -1;
  let sentences = 0;
  const flush = (to: number): void => {
    if (from >= 0) ranges.push([from, to]);
    from = -1;
    sentences = 0;
  };
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t) {
      if (from >= 0 && ++sentences >= 20) flush(i + 1);
      return;
    }
    if (from < 0) from = i;
    if (t.slice(0, t.lastIndexOf(' ')) === '.' && ++sentences >= 20) flush(i + 1);
  });
  flush(lines.length);
  return ranges;
}

/** The corpus as the scorer's documents, each a list of sentences. */
export function readDocuments(lines: readonly string[]): Sentence[][] {
  return documentRanges(lines)
    .map(([from, to]) => readSentences(lines.slice(from, to)))
    .filter((doc) => doc.length > 0);
}
