// npm run train:ner — trains the NER tagger on ANERcorp and writes the committed model file.
//   --input FILE (../shared/data/anercorp/train.conll)  --out FILE (src/engine/lexicon/ner-model.json)
//   --epochs N  --bits N  --seed N  --min-abs N  --passes 1|2|3  --dropout P  --bias B  --vocabulary true|false  --bags N
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultGazetteer } from '../src/engine/tagger/lexicons.ts';
import { readDocuments } from './ner/corpus.ts';
import { DEFAULT_SETTINGS, trainModel } from './ner/train.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const input = option('input', '../shared/data/anercorp/train.conll');
const out = option('out', 'src/engine/lexicon/ner-model.json');
const settings = {
  epochs: Number(option('epochs', String(DEFAULT_SETTINGS.epochs))),
  bits: Number(option('bits', String(DEFAULT_SETTINGS.bits))),
  seed: Number(option('seed', String(DEFAULT_SETTINGS.seed))),
  minAbs: Number(option('min-abs', String(DEFAULT_SETTINGS.minAbs))),
  passes: Number(option('passes', String(DEFAULT_SETTINGS.passes))),
  folds: DEFAULT_SETTINGS.folds,
  dropout: Number(option('dropout', String(DEFAULT_SETTINGS.dropout))),
  outsideBias: Number(option('bias', String(DEFAULT_SETTINGS.outsideBias))),
  vocabulary: option('vocabulary', String(DEFAULT_SETTINGS.vocabulary)) !== 'false',
  bags: Number(option('bags', String(DEFAULT_SETTINGS.bags))),
};

const started = performance.now();
const sentences = readDocuments(readFileSync(input, 'utf8').split('\n'));
const model = trainModel(sentences, defaultGazetteer(), settings, (line) => console.error(line));
const json = JSON.stringify(model);
writeFileSync(out, `${json}\n`);
const seconds = (performance.now() - started) / 1000;
console.error(
  `${sentences.length} documents, ${model.passes.map((p) => p.nonzero).join(' + ')} weights kept, ${(json.length / 1e6).toFixed(2)} MB → ${out} in ${seconds.toFixed(1)} s`,
);
