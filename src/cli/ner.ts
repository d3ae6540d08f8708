// NER tagger as a JSON Lines filter for score.mjs: {"id","text"} in, {"id","entities"} out.
//   npx tsx src/cli/ner.ts [--model FILE]
import { readFileSync } from 'node:fs';
import { createTagger } from '../engine/tagger/index.ts';
import type { ModelFile } from '../engine/tagger/model.ts';

const at = process.argv.indexOf('--model');
const modelPath = at >= 0 ? process.argv[at + 1] : undefined;
const tagger = createTagger(
  modelPath ? (JSON.parse(readFileSync(modelPath, 'utf8')) as ModelFile) : undefined,
);

interface Doc {
  id: string | number;
  text: string;
}

function entitiesOf(text: string): Array<{ start: number; end: number; type: string; text: string }> {
  const words: string[] = [];
  const offsets: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) {
    words.push(m[0]);
    offsets.push([m.index, m.index + m[0].length]);
  }
  return tagger.tag(words).map((span) => {
    const start = (offsets[span.start] as [number, number])[0];
    const end = (offsets[span.end - 1] as [number, number])[1];
    return { start, end, type: span.type, text: text.slice(start, end) };
  });
}

const out: string[] = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as Doc;
  out.push(JSON.stringify({ id: doc.id, entities: entitiesOf(doc.text) }));
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
