import { describe, expect, it } from 'vitest';
import { clip, readableText } from '@/lib/sites/dom';
import { pageAt } from '../../helpers/dom';

describe('readableText', () => {
  it('leaves out labels and MathJax renderings, keeps TeX and skips the tags asked', () => {
    const html = `<div id="t"><span class="descriptor">Title:</span>
      On <span class="MathJax_Preview">k</span><span class="MathJax"><span>𝑘</span></span><script type="math/tex">k</script>-means
      and <script type="math/tex; mode=display">x^2</script><style>.x{}</style><a>more</a></div>`;
    const element = pageAt(html, 'https://arxiv.org/').doc.getElementById('t');
    expect(readableText(element)).toBe('On $k$-means and $$x^2$$more');
    expect(readableText(element, ['a'])).toBe('On $k$-means and $$x^2$$');
    expect(readableText(null)).toBe('');
  });
});

describe('clip', () => {
  it('cuts to the limit, marking the cut', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abcd', 4)).toBe('abcd');
  });
});
