// The engine over the annotated articles in ../shared: no rule may throw on real text. (Accuracy is
// measured by `npm run eval`, not here.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, setEngineErrorHandler } from '../../src/engine/index.ts';

const GOLD = join(import.meta.dirname, '..', '..', '..', 'shared', 'gold', 'dev');

describe.runIf(existsSync(GOLD))('the engine on real articles', () => {
  it('never falls back to an empty result because a rule threw', () => {
    const errors: unknown[] = [];
    setEngineErrorHandler((e) => errors.push(e));
    try {
      for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json'))) {
        const { text } = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { text: string };
        const a = analyze(text);
        expect(a.parties.length, file).toBeGreaterThan(0);
      }
    } finally {
      setEngineErrorHandler(() => {});
    }
    expect(errors).toEqual([]);
  });
});
