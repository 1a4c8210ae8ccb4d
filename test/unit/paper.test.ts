import { describe, expect, it } from 'vitest';
import { arxivLinks, canonicalArxivId, paperIdFromUrl } from '@/lib/paper';

describe('canonicalArxivId', () => {
  it.each([
    ['2310.04444', 'arxiv:2310.04444'],
    ['2310.04444v2', 'arxiv:2310.04444'],
    ['2310.04444v12', 'arxiv:2310.04444'],
    ['arXiv:2310.04444v1', 'arxiv:2310.04444'],
    ['  2503.01785 ', 'arxiv:2503.01785'],
    ['0704.0001', 'arxiv:0704.0001'],
    ['1412.6980v9', 'arxiv:1412.6980'],
    ['hep-th/9901001', 'arxiv:hep-th/9901001'],
    ['hep-th/9901001v3', 'arxiv:hep-th/9901001'],
    ['math.GT/0309136', 'arxiv:math.GT/0309136'],
    ['math.gt/0309136', 'arxiv:math.GT/0309136'],
    ['cond-mat/0011001', 'arxiv:cond-mat/0011001'],
    ['astro-ph/0601001v2', 'arxiv:astro-ph/0601001'],
    ['2310.04444.pdf', 'arxiv:2310.04444'],
  ])('%s → %s', (raw, id) => {
    expect(canonicalArxivId(raw)).toBe(id);
  });

  it.each([
    '',
    'hello',
    '2310.0444',
    '2310.444444',
    '2313.04444',
    '2300.04444',
    '1412.69801',
    '1501.0001',
    '2310.04444v',
    '2310.04444x',
    'hep-th/990100',
    'hep-th/9913001',
    '../2310.04444',
    '<script>2310.04444</script>',
    'doi:10.1000/xyz',
  ])('rejects %j', (raw) => {
    expect(canonicalArxivId(raw)).toBeNull();
  });
});

describe('paperIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2310.04444', 'arxiv:2310.04444'],
    ['https://arxiv.org/abs/2310.04444v2', 'arxiv:2310.04444'],
    ['http://arxiv.org/abs/2310.04444v2/', 'arxiv:2310.04444'],
    ['https://www.arxiv.org/abs/2310.04444', 'arxiv:2310.04444'],
    ['https://export.arxiv.org/abs/2310.04444', 'arxiv:2310.04444'],
    ['https://arxiv.org/pdf/2310.04444', 'arxiv:2310.04444'],
    ['https://arxiv.org/pdf/2310.04444v3', 'arxiv:2310.04444'],
    ['https://arxiv.org/pdf/2310.04444v3.pdf', 'arxiv:2310.04444'],
    ['https://arxiv.org/html/2310.04444v1', 'arxiv:2310.04444'],
    ['https://arxiv.org/html/2310.04444v1/', 'arxiv:2310.04444'],
    ['https://arxiv.org/abs/hep-th/9901001', 'arxiv:hep-th/9901001'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'arxiv:hep-th/9901001'],
    ['https://arxiv.org/pdf/hep-th/9901001', 'arxiv:hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math.GT/0309136'],
    ['https://huggingface.co/papers/2503.01785', 'arxiv:2503.01785'],
    ['https://huggingface.co/papers/2503.01785#community', 'arxiv:2503.01785'],
    ['https://huggingface.co/papers/2503.01785?utm=x', 'arxiv:2503.01785'],
    ['https://www.alphaxiv.org/abs/2310.04444', 'arxiv:2310.04444'],
    ['https://alphaxiv.org/abs/2310.04444v2', 'arxiv:2310.04444'],
    ['https://arxiv.org/abs/arXiv:2310.04444', 'arxiv:2310.04444'],
  ])('%s → %s', (url, id) => {
    expect(paperIdFromUrl(url)).toBe(id);
  });

  it('resolves relative links against a base', () => {
    expect(paperIdFromUrl('/papers/2503.01785', 'https://huggingface.co')).toBe('arxiv:2503.01785');
    expect(paperIdFromUrl('/abs/2310.04444v1', 'https://arxiv.org/list/cs.LG/new')).toBe('arxiv:2310.04444');
  });

  it.each([
    'not a url',
    '',
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/abs/',
    'https://arxiv.org/abs/garbage',
    'https://example.com/abs/2310.04444',
    'https://arxiv.org.evil.com/abs/2310.04444',
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/date/2025-03-04',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/2503.01785',
    'https://huggingface.co/papers/2503.01785/extra',
    'javascript:alert(1)',
    'https://arxiv.org/abs/%E0%A4%A',
  ])('rejects %j', (url) => {
    expect(paperIdFromUrl(url)).toBeNull();
  });
});

describe('arxivLinks', () => {
  it('builds abstract, PDF and Hugging Face links', () => {
    expect(arxivLinks('arxiv:2310.04444')).toEqual({
      abs: 'https://arxiv.org/abs/2310.04444',
      pdf: 'https://arxiv.org/pdf/2310.04444',
      hf: 'https://huggingface.co/papers/2310.04444',
    });
    expect(arxivLinks('doi:10.1/x')).toBeNull();
  });
});
