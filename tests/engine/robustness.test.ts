import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import type { Analysis } from '../../src/engine/types.ts';

function expectValid(a: Analysis, text: string) {
  expect(a.length).toBe(text.length);
  for (const q of a.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.end).toBeGreaterThan(q.start);
  }
  for (const p of a.parties) {
    for (const m of p.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.end).toBeGreaterThan(m.start);
    }
  }
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('bad input', () => {
  it('answers empty and non-Arabic text with a notice', () => {
    expect(analyze('').notice).toBe('empty');
    expect(analyze('   \n').notice).toBe('empty');
    expect(analyze('The minister said "no".').notice).toBe('not-arabic');
    expect(analyze(undefined as unknown as string).quotes).toEqual([]);
  });

  it('survives random Unicode, lone surrogates and a thousand quotation marks', () => {
    const rnd = random(7);
    const alphabet = [
      '«',
      '»',
      '"',
      '“',
      '”',
      'قال',
      ' إن ',
      '\uD800',
      '\uDC00',
      '.',
      '\n',
      'لافروف',
      ':',
      'ً',
      'ـ',
      '😀',
      '\u202E',
    ];
    for (let n = 0; n < 30; n++) {
      let text = '';
      for (let k = 0; k < 500; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      expectValid(analyze(text), text);
    }
    const marks = `قال سمير النجار ${'«"“'.repeat(334)} إن الأمر انتهى.`;
    expectValid(analyze(marks), marks);
  });

  it('analyses 5 MB of text and keeps every span inside it', { timeout: 120_000 }, () => {
    const paragraph = 'وقال الوزير خالد العمري إن «الوضع مستقر» في القاهرة، مضيفا أن الحوار مستمر.\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const a = analyze(text);
    expectValid(a, text);
    expect(a.quotes.length).toBeGreaterThan(1000);
  });
});
