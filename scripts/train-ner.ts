// npm run train:ner — trains the NER tagger on ANERcorp and writes the committed model file.
//   --input FILE (../shared/data/anercorp/train.conll)  --out FILE (src/engine/lexicon/ner-model.json)
//   --epochs N  --bits N  --seed N  --min-abs N  --passes 1|2|3  --dropout P  --bias B  --vocabulary true|false  --bags N
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultGazetteer } from '../src/engine/tagger/lexicons.ts';
import { readDocuments } from './ner/corpus.ts';
import { option, settingsFromArgs, trainModel } from './ner/train.ts';

const input = option('input', '../shared/data/anercorp/train.conll');
const out = option('out', 'src/engine/lexicon/ner-model.json');
const settings = settingsFromArgs();

const started = performance.now();
const sentences = readDocuments(readFileSync(input, 'utf8').split('\n'));
const model = trainModel(sentences, defaultGazetteer(), settings, (line) => console.error(line));
const json = JSON.stringify(model);
writeFileSync(out, `${json}\n`);
const seconds = (performance.now() - started) / 1000;
console.error(
  `${sentences.length} documents, ${model.passes.map((p) => p.nonzero).join(' + ')} weights kept, ${(json.length / 1e6).toFixed(2)} MB → ${out} in ${seconds.toFixed(1)} s`,
);
