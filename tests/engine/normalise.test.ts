import { describe, expect, it } from 'vitest';
import { fold, foldWithOrigins } from '../../src/engine/normalise.ts';
import { tokenise } from '../../src/engine/tokenise.ts';

describe('fold', () => {
  it('removes diacritics and tatweel and merges letter variants', () => {
    expect(fold('قَالَ')).toBe('قال');
    expect(fold('الـــوزير')).toBe('الوزير');
    expect(fold('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(fold('مصطفى')).toBe('مصطفي');
    expect(fold('الجامعة')).toBe('الجامعه');
  });

  it('keeps a map back to the original offsets', () => {
    const text = 'قَالَ الوزيرُ';
    const { text: f, origin } = foldWithOrigins(text);
    expect(f).toBe('قال الوزير');
    for (let i = 0; i < f.length; i++) {
      if (f[i] !== ' ') expect(fold(text[origin[i] as number] as string)).toBe(f[i]);
    }
    expect(origin[f.length]).toBe(text.length);
  });
});

describe('tokenise', () => {
  it('gives spans into the original text, diacritics included', () => {
    const text = 'وقالَ لافروفُ: «نعم».';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.f)).toEqual(['وقال', 'لافروف', ':', '«', 'نعم', '»', '.']);
    expect(text.slice(tokens[0]?.start, tokens[0]?.end)).toBe('وقالَ');
    expect(text.slice(tokens[1]?.start, tokens[1]?.end)).toBe('لافروفُ');
  });

  it('turns a run of newlines into one break', () => {
    expect(tokenise('أ\n\n\nب').map((t) => t.kind)).toEqual(['word', 'break', 'word']);
  });
});
