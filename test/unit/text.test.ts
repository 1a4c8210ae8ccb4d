import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '@/lib/text';

// The plain rule, without the fast path.
const plainRule = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapseWhitespace', () => {
  it('gives what the plain rule gives, on random mixes of letters and whitespace', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\n', '\t', '\u00a0', '\u2003', '\r\n', '\ufeff'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(collapseWhitespace(text)).toBe(plainRule(text));
    }
    expect(collapseWhitespace(null)).toBe('');
  });

  it('keeps single-spaced ASCII text and collapses every other run of whitespace', () => {
    expect(collapseWhitespace('  one two  ')).toBe('one two');
    expect(collapseWhitespace('one  two\tthree\nfour\u00a0five')).toBe('one two three four five');
    expect(collapseWhitespace(undefined)).toBe('');
  });
});
