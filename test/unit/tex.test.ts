import { describe, expect, it } from 'vitest';
import { latexText } from '@/lib/export/latex';
import { decodeLatex } from '@/lib/import/latex';
import { ACCENT_MARKS, BIBTEX_MONTHS, closingBrace, indexOutsideBraces, LETTER_COMMANDS, splitOutsideBraces } from '@/lib/tex';

describe('the brace scanner', () => {
  it('finds the brace that closes a group, over nested groups and escaped braces', () => {
    const text = 'x{a{b}\\}c}d}';
    expect(closingBrace(text, 1)).toBe(9);
    expect(closingBrace(text, 3)).toBe(5);
    expect(closingBrace('{\\\\}', 0)).toBe(3); // an escaped backslash does not escape the brace after it
  });

  it('says -1 when a group is never closed', () => {
    expect(closingBrace('{a{b}', 0)).toBe(-1);
    expect(closingBrace('{a\\}', 0)).toBe(-1);
  });

  it('finds a target only outside braces', () => {
    expect(indexOutsideBraces('{a"b}\\"c"', /"/)).toBe(8);
    expect(indexOutsideBraces('ab"', /"/, 3)).toBe(-1);
    expect(indexOutsideBraces('{"}', /"/)).toBe(-1);
  });

  it('splits outside braces only', () => {
    expect(splitOutsideBraces('A and {Barnes and Noble} and C', /\s+and\s+/i)).toEqual(['A', '{Barnes and Noble}', 'C']);
    expect(splitOutsideBraces('Last, {Jr, Sr}, First', /,/)).toEqual(['Last', ' {Jr, Sr}', ' First']);
    expect(splitOutsideBraces('no separator', /,/)).toEqual(['no separator']);
    expect(splitOutsideBraces('a\\,b,c', /,/)).toEqual(['a\\,b', 'c']);
  });

  it('tells a target from the same text at depth 1 in a random mix of braces and escapes', () => {
    const alphabet = ['{', '}', '\\', ',', 'a', ' '];
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = 0; i < 1 + (round % 24); i++) text += alphabet[(round * 7 + i * i * 13 + i) % alphabet.length];
      // The plain rule, one character at a time.
      let depth = 0;
      let expected = -1;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') i++;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === ',' && depth === 0) {
          expected = i;
          break;
        }
      }
      expect(indexOutsideBraces(text, /,/), JSON.stringify(text)).toBe(expected);
    }
  });
});

describe('one table for reading and writing LaTeX', () => {
  it('writes every accent the importer reads, and reads back what it wrote', () => {
    for (const [command, mark] of Object.entries(ACCENT_MARKS)) {
      const letter = `e${mark}`.normalize('NFC');
      const written = latexText(letter);
      expect(written, `\\${command}`).not.toBe(letter);
      expect(decodeLatex(written), `\\${command}`).toBe(letter);
    }
  });

  it('writes every letter command the importer reads, and reads back what it wrote', () => {
    for (const [command, letter] of Object.entries(LETTER_COMMANDS)) {
      const written = latexText(letter);
      if (letter.normalize('NFD') === letter) expect(written).toBe(`{\\${command}}`);
      expect(decodeLatex(written), `\\${command}`).toBe(letter);
    }
  });

  it('names the twelve months as BibTeX does', () => {
    expect(BIBTEX_MONTHS).toHaveLength(12);
    expect(BIBTEX_MONTHS[0]).toBe('jan');
    expect(BIBTEX_MONTHS[11]).toBe('dec');
  });
});
