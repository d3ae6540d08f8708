// npm run eval:ner — 5-fold cross-validation of the NER tagger on ANERcorp's training part.
// Folds are contiguous blocks of the scorer's documents (the corpus repeats passages, so shuffled
// tokens would leak); each fold trains on the other four and is scored by ../shared/eval/score.mjs.
//   --folds N (5)  --only K (run one fold)  --epochs N  --bits N  --seed N  --min-abs N  --passes 1|2|3  --dropout P  --bias B  --vocabulary true|false  --bags N
//   --biases 1,3,4 (also score these decoding biases, no retraining)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultGazetteer } from '../src/engine/tagger/lexicons.ts';
import { documentRanges, readSentences } from './ner/corpus.ts';
import { option, settingsFromArgs, trainModel } from './ner/train.ts';

const CORPUS = '../shared/data/anercorp/train.conll';
const TYPES = ['PER', 'ORG', 'LOC'] as const;
const folds = Number(option('folds', '5'));
const only = option('only', '');
const settings = settingsFromArgs();

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
interface ScoreResult {
  micro: Counts;
  per: Record<string, Counts>;
  seconds: number;
}

const lines = readFileSync(CORPUS, 'utf8').split('\n');
const docs = documentRanges(lines);
const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-cv-'));
const pooled: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));

const f1 = (c: Counts): string => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)}`;
};
const sum = (cs: Counts[]): Counts =>
  cs.reduce((a, c) => ({ tp: a.tp + c.tp, pred: a.pred + c.pred, gold: a.gold + c.gold }), {
    tp: 0,
    pred: 0,
    gold: 0,
  });

/** Scores a model file on a held-out CoNLL file with the official scorer. */
function score(heldOut: string, modelPath: string): ScoreResult {
  const run = spawnSync(
    'node',
    [
      '../shared/eval/score.mjs',
      'ner',
      '--conll',
      heldOut,
      '--json',
      '--',
      'npx',
      'tsx',
      'src/cli/ner.ts',
      '--model',
      modelPath,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) throw new Error(`scorer failed on ${heldOut}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as ScoreResult;
}

// Extra decoding biases to score besides the trained one (the bias needs no retraining).
const extraBiases = option('biases', '').split(',').filter(Boolean).map(Number);
const pooledByBias = new Map<number, Counts>(extraBiases.map((b) => [b, { tp: 0, pred: 0, gold: 0 }]));

try {
  for (let k = 0; k < folds; k++) {
    if (only !== '' && Number(only) !== k + 1) continue;
    const first = Math.floor((k * docs.length) / folds);
    const last = Math.floor(((k + 1) * docs.length) / folds);
    const from = (docs[first] as [number, number])[0];
    const to = (docs[last - 1] as [number, number])[1];
    const heldOut = join(dir, `fold${k + 1}.conll`);
    writeFileSync(heldOut, `${lines.slice(from, to).join('\n')}\n`);
    const started = performance.now();
    const training = docs
      .filter((_, d) => d < first || d >= last)
      .map(([a, b]) => readSentences(lines.slice(a, b)));
    const model = trainModel(training, defaultGazetteer(), settings);
    const modelPath = join(dir, `fold${k + 1}.json`);
    writeFileSync(modelPath, JSON.stringify(model));
    const trainSeconds = (performance.now() - started) / 1000;
    const result = score(heldOut, modelPath);
    const parts = TYPES.map((t) => {
      const c = result.per[t] as Counts;
      const p = pooled[t] as Counts;
      p.tp += c.tp;
      p.pred += c.pred;
      p.gold += c.gold;
      return `${t} ${f1(c)}`;
    });
    console.log(
      `fold ${k + 1} (docs ${first + 1}-${last}, trained ${trainSeconds.toFixed(1)} s): micro ${f1(sum(TYPES.map((t) => result.per[t] as Counts)))} | ${parts.join(' | ')}`,
    );
    for (const bias of extraBiases) {
      const variant = join(dir, `fold${k + 1}-bias.json`);
      writeFileSync(variant, JSON.stringify({ ...model, outsideBias: bias }));
      const r = score(heldOut, variant);
      const micro = sum(TYPES.map((t) => r.per[t] as Counts));
      const p = pooledByBias.get(bias) as Counts;
      p.tp += micro.tp;
      p.pred += micro.pred;
      p.gold += micro.gold;
      console.log(`  with O bias ${bias}: micro ${f1(micro)}`);
    }
  }
  console.log('pooled:');
  for (const t of TYPES)
    console.log(`  ${t}  ${f1(pooled[t] as Counts)}  (gold ${(pooled[t] as Counts).gold})`);
  console.log(`  micro ${f1(sum(TYPES.map((t) => pooled[t] as Counts)))}`);
  for (const [bias, c] of pooledByBias) console.log(`  micro with O bias ${bias}: ${f1(c)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
