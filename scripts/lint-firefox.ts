// `npm run lint:firefox`: `web-ext lint` on the Firefox build. Fails on any error, and on any warning
// other than the one the README explains: Preact's renderer assigns innerHTML for
// `dangerouslySetInnerHTML`, a prop our code never uses (checked here too).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS } from '../vite.config.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

const buildDir = process.argv[2] ?? TARGETS.firefox.outDir;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The flagged assignment is Preact's `dangerouslySetInnerHTML` branch (it reads `.__html` right there). */
function isPreactInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || warning.line === undefined) return false;
  const line = readFileSync(join(buildDir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const at = warning.column ?? 0;
  return /innerHTML/.test(line.slice(at - 20, at + 40)) && /\.__html/.test(line.slice(at - 200, at + 200));
}

const usesDangerousHtml = sourceFiles('src').filter((file) =>
  readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'),
);

let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', buildDir, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it found errors; its report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as LintReport;
const unexplained = report.warnings.filter((warning) => !isPreactInnerHtml(warning));

console.log(
  `web-ext lint ${buildDir}: errors ${report.summary.errors}, notices ${report.summary.notices}, warnings ${report.summary.warnings}`,
);
for (const [kind, messages] of [
  ['error', report.errors],
  ['notice', report.notices],
  ['warning', report.warnings],
] as const) {
  for (const item of messages) {
    const where = item.file ? ` (${item.file}${item.line ? `:${item.line}:${item.column ?? 0}` : ''})` : '';
    const note = kind === 'warning' && !unexplained.includes(item) ? ' — Preact, see README' : '';
    console.log(`  ${kind} ${item.code}: ${item.message}${where}${note}`);
  }
}
if (usesDangerousHtml.length > 0)
  console.log(`dangerouslySetInnerHTML used in ${usesDangerousHtml.join(', ')}`);
if (report.summary.errors > 0 || unexplained.length > 0 || usesDangerousHtml.length > 0) process.exit(1);
