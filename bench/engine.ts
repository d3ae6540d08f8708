// Engine throughput on the gold texts concatenated and repeated to ~5 MB, in-process, against a naive
// floor (pair quotation marks, take the word after قال) measured in the same run; then the same on an
// 800 KB slice, where the tagger runs too.
//   npm run bench
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/engine/index.ts';

const GOLD = join(import.meta.dirname, '..', '..', 'shared', 'gold', 'dev');
const TARGET = 5_000_000;

function corpus(): string {
  const texts = readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { text: string }).text);
  const one = texts.join('\n\n');
  return one.repeat(Math.ceil(TARGET / one.length));
}

/** The floor: what any tool does at least. */
function naive(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/«[^»]*»|"[^"]*"/g)) n += m[0].length > 0 ? 1 : 0;
  for (const m of text.matchAll(/قال\S*\s+(\S+)/g)) n += m[1] ? 1 : 0;
  return n;
}

function time(f: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const text = corpus();
// Past ~1 MB the tagger is left out (see parties.ts); an article-sized run shows the cost with it.
const article = text.slice(0, 800_000);
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
const t0 = performance.now();
analyze('قال');
const warm = performance.now() - t0;
const engineMs = time(() => analyze(text), 3);
const naiveMs = time(() => naive(text), 3);
const result = analyze(text);
console.log(
  `text: ${mb.toFixed(2)} MB (${text.length} UTF-16 units), ${result.quotes.length} statements, ${result.parties.length} parties`,
);
console.log(`first call (lexicon load): ${warm.toFixed(1)} ms`);
console.log(`engine: ${engineMs.toFixed(0)} ms median of 3 = ${(mb / (engineMs / 1000)).toFixed(2)} MB/s`);
console.log(`naive floor: ${naiveMs.toFixed(0)} ms = ${(mb / (naiveMs / 1000)).toFixed(2)} MB/s`);
console.log(`engine / floor time ratio: ${(engineMs / naiveMs).toFixed(1)}x`);
const articleMb = Buffer.byteLength(article, 'utf8') / 1e6;
const articleMs = time(() => analyze(article), 3);
const articleNaiveMs = time(() => naive(article), 3);
console.log(
  `with the tagger (${articleMb.toFixed(2)} MB): ${articleMs.toFixed(0)} ms = ${(articleMb / (articleMs / 1000)).toFixed(2)} MB/s; ` +
    `engine / floor ${(articleMs / articleNaiveMs).toFixed(1)}x`,
);
