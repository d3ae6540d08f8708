import { describe, expect, it } from 'vitest';
import type { StoredFlag } from '../src/messages.ts';
import { matchFlags, statementKey } from '../src/report/identity.ts';

const FLAG = { doubtful: true, note: 'ن' };

function stored(start: number, end: number, text: string): StoredFlag {
  return { key: statementKey({ start, end, text }), flag: FLAG };
}

describe('statementKey', () => {
  it('hashes the folded text: diacritics and hamza forms do not change it', () => {
    const plain = statementKey({ start: 0, end: 10, text: 'قال الأمين العام' });
    const marked = statementKey({ start: 0, end: 10, text: 'قالَ الامينُ العام' });
    expect(marked.hash).toBe(plain.hash);
    expect(plain.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(statementKey({ start: 0, end: 10, text: 'قال الرئيس' }).hash).not.toBe(plain.hash);
  });
});

describe('matchFlags', () => {
  it('finds a statement by its text after text was added above it', () => {
    const flags = [stored(100, 120, '«لا حل عسكريا»')];
    const now = [
      { start: 10, end: 40, text: '«جديد»' },
      { start: 160, end: 180, text: '«لا حل عسكريا»' },
    ];
    expect([...matchFlags(now, flags).keys()]).toEqual([1]);
  });

  it('tells two statements with the same text apart by place', () => {
    const flags = [stored(300, 310, '«نعم»')];
    const now = [
      { start: 100, end: 110, text: '«نعم»' },
      { start: 305, end: 315, text: '«نعم»' },
    ];
    expect([...matchFlags(now, flags).keys()]).toEqual([1]);
  });

  it('follows a statement an engine cut differently: mostly the same place', () => {
    const flags = [stored(100, 200, 'وقال إن الحل سياسي وإن الوقت لم يفت')];
    const now = [
      { start: 0, end: 90, text: 'أخرى' },
      { start: 108, end: 200, text: 'إن الحل سياسي وإن الوقت لم يفت' },
    ];
    expect([...matchFlags(now, flags).keys()]).toEqual([1]);
  });

  it('drops a flag whose statement is gone, and gives one statement one flag', () => {
    const flags = [stored(100, 200, 'ذهب'), stored(0, 10, 'باق'), stored(0, 10, 'باق')];
    const now = [{ start: 0, end: 10, text: 'باق' }];
    const matched = matchFlags(now, flags);
    expect([...matched.keys()]).toEqual([0]);
  });
});
