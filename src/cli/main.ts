// The command line over the engine:
//   analyze FILE|-            a who-said-what table (FILE: .txt or .html; - reads stdin)
//   analyze --json FILE|-     the engine's Analysis as JSON
//   analyze --jsonl           JSON Lines {"id","text"} in, one result line per document out
//                             (the contract of ../shared/eval/SCHEMA.md)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, setEngineErrorHandler } from '../engine/index.ts';
import { toContract } from './contract.ts';
import { formatTable } from './table.ts';

// The result is then empty; say why, so a broken model or rule is not mistaken for a text without quotes.
setEngineErrorHandler((error) => console.error(`analyze: engine fault: ${(error as Error)?.stack ?? error}`));

const USAGE = 'usage: analyze [--json] FILE|-   |   analyze --jsonl < docs.jsonl';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes('--jsonl')) return jsonLines();
  const asJson = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0] as string;
  let raw: string;
  try {
    raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`analyze: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  let text = raw;
  if (/\.x?html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html)/i.test(raw))) {
    const { articleFromHtml } = await import('./html.ts');
    const article = articleFromHtml(raw);
    if (!article) {
      console.error('analyze: no Arabic article found in this page');
      return 1;
    }
    text = article.text;
  }
  const analysis = analyze(text);
  console.log(asJson ? JSON.stringify(analysis, null, 2) : formatTable(text, analysis));
  return 0;
}

async function jsonLines(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      console.error(`analyze: line ${n} is not JSON`);
      failed++;
      continue;
    }
    const text = typeof doc.text === 'string' ? doc.text : '';
    process.stdout.write(`${JSON.stringify(toContract(doc.id ?? null, analyze(text)))}\n`);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`analyze: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
