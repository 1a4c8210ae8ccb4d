import { describe, expect, it } from 'vitest';
import { latexText, latexTitle } from '@/lib/export/latex';

// latexText and latexTitle have a fast path for plain ASCII text; these cases sit on both sides of it.
describe('latexTitle', () => {
  it('braces every word with a capital after its first letter, in plain ASCII titles', () => {
    expect(latexTitle('Fine-Tuning of LLaMA models: x2 GPT-4 (BERT) 3D NeRF iPhone done')).toBe(
      '{Fine-Tuning} of {LLaMA} models: x2 {GPT-4} {(BERT)} 3D {NeRF} {iPhone} done',
    );
    expect(latexTitle('Attention is all you need')).toBe('Attention is all you need');
    expect(latexTitle('A  B')).toBe('A  B');
  });

  it('escapes markup and accents word by word, with the same bracing', () => {
    expect(latexTitle('Über GPT_4 & {LLaMA} 100%')).toBe('{\\"U}ber {GPT\\_4} \\& {\\textbraceleft{}LLaMA\\textbraceright{}} 100\\%');
    expect(latexTitle('Ångström NeRF', { unicode: true })).toBe('Ångström {NeRF}');
  });
});

describe('latexText', () => {
  it('returns plain text as it is and rewrites markup, accents and decomposed letters', () => {
    expect(latexText('plain words, (parens) and "quotes"; ok? [x] = `y`')).toBe('plain words, (parens) and "quotes"; ok? [x] = `y`');
    expect(latexText('a_b ~c^ <d> |e| #f $g')).toBe(
      'a\\_b \\textasciitilde{}c\\textasciicircum{} \\textless{}d\\textgreater{} \\textbar{}e\\textbar{} \\#f \\$g',
    );
    expect(latexText('Müller')).toBe('M{\\"u}ller');
    expect(latexText('Mu\u0308ller', { unicode: true })).toBe('Müller');
  });
});
