// Fails when the scorer's summary line shows attribution or parties F1 below the bars.
//   node scripts/check-eval.mjs REPORT MIN_ATTRIBUTION MIN_PARTIES
import { readFileSync } from 'node:fs';

const [file, minAttribution = '80', minParties = '80'] = process.argv.slice(2);
const report = readFileSync(file, 'utf8');
const line = report.trim().split('\n').pop() ?? '';
const match = line.match(/attribution F1 ([\d.]+).*parties F1 ([\d.]+)/);
if (!match) {
  console.error(`check-eval: no summary line in ${file}: ${line}`);
  process.exit(1);
}
const [attribution, parties] = [Number(match[1]), Number(match[2])];
const failures = [];
if (attribution < Number(minAttribution)) failures.push(`attribution F1 ${attribution} < ${minAttribution}`);
if (parties < Number(minParties)) failures.push(`parties F1 ${parties} < ${minParties}`);
if (failures.length) {
  console.error(`check-eval: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`check-eval: attribution F1 ${attribution}, parties F1 ${parties}: bars met`);
