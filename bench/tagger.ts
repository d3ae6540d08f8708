// npm run bench:tagger — model load time and tagging speed of the NER tagger, in process.
// Text: ANERcorp's training tokens, read from ../shared at run time (never copied into the repo).
import { readFileSync } from 'node:fs';
import modelFile from '../src/engine/lexicon/ner-model.json';
import { lexicon } from '../src/engine/lexicon.ts';
import { gazetteerOf } from '../src/engine/tagger/gazetteer.ts';
import { tagTokens } from '../src/engine/tagger/index.ts';
import { defaultGazetteer } from '../src/engine/tagger/lexicons.ts';
import { loadModel, type ModelFile } from '../src/engine/tagger/model.ts';
import { Tagger } from '../src/engine/tagger/tagger.ts';

const corpus = readFileSync('../shared/data/anercorp/train.conll', 'utf8')
  .split('\n')
  .map((line) => line.trim().split(/\s+/)[0] ?? '')
  .filter(Boolean);

// What the tagger adds on its first call in the worker, where the engine's lexicon is already built
// (the parties need it whether or not the tagger runs): decoding the model and indexing the gazetteer.
const lexiconStart = performance.now();
lexicon();
const lexiconMs = performance.now() - lexiconStart;
const firstCallStart = performance.now();
tagTokens([]);
const firstCallMs = performance.now() - firstCallStart;

const decodes: number[] = [];
let model = loadModel(modelFile as ModelFile);
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  model = loadModel(modelFile as ModelFile);
  decodes.push(performance.now() - t0);
}
const gazetteerStart = performance.now();
gazetteerOf(lexicon());
const gazetteerMs = performance.now() - gazetteerStart;
const decodeMs = decodes.sort((a, b) => a - b)[2] ?? 0;
console.log(
  `first call (model decode + gazetteer index): ${firstCallMs.toFixed(1)} ms, after the engine's lexicon build ` +
    `(${lexiconMs.toFixed(1)} ms); warm: model decode ${decodeMs.toFixed(1)} ms (median of 5), gazetteer index ${gazetteerMs.toFixed(1)} ms`,
);

// tag in article-sized pieces, as the engine does; a fresh tagger so the word cache starts empty
const tagger = new Tagger(model, defaultGazetteer());
const ARTICLE = 800;
function run(label: string): void {
  let bytes = 0;
  let chars = 0;
  let spans = 0;
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i += ARTICLE) {
    const words = corpus.slice(i, i + ARTICLE);
    spans += tagger.tag(words).length;
    const text = words.join(' ');
    chars += text.length;
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${label}: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s UTF-8 (${(chars / 1e6 / seconds).toFixed(2)} M chars/s), ` +
      `${corpus.length} tokens in ${seconds.toFixed(2)} s, ${spans} spans`,
  );
}
run('first pass over the corpus (cold word cache)');
run('second pass (warm word cache)');
