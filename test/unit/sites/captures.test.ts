import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adaptersFor } from '@/lib/sites';
import type { Card } from '@/lib/sites/types';
import { pageAt } from '../../helpers/dom';
import { expectCards, readCards } from './expect-cards';

// Real server HTML kept next to the repository (../shared/pages); absent in some checkouts.
const capturesDir = fileURLToPath(new URL('../../../../shared/pages/', import.meta.url));
const captures = existsSync(capturesDir) ? readdirSync(capturesDir).filter((name) => name.endsWith('.html')) : [];

/** What each known capture stands for, and what it holds. */
const known: Record<string, { url: string; check(cards: Card[]): void }> = {
  'list-cs.IT-new-2026-09-28.excerpt.html': {
    url: 'https://arxiv.org/list/cs.IT/new',
    check(cards) {
      expectCards(cards, [
        [
          'arxiv:2609.30653',
          'Fully 3GPP-Compatible Long-Range Sensing for LEO-ISAC: A Window-Grid Processing Framework',
          ['Yi Geng', 'Xun Fan', 'Chenfeng Xu', 'Yu Zhao'],
        ],
        [
          'arxiv:2609.31088',
          'Impact of Antenna Position Errors on TDMA and NOMA in Pinching-Antenna Systems',
          ['Wei Jiang', 'Hans D. Schotten'],
        ],
        ['arxiv:2609.30689', 'Comment on "Symmetric Pseudo-Random Matrices"', ['Chin Hei Chan']],
        ['arxiv:2510.01811', 'List decoding of toric codes', ['Silouanos Brazitikos', 'Theodoulos Garefalakis', 'Eleni Tzanaki']],
      ]);
      expect(cards.map((c) => c.paper.primaryClass)).toEqual(['cs.IT', 'cs.IT', 'math.PR', 'cs.IT']);
      expect(cards[2]?.paper.abstract).toMatch(/^In 2018, Soloveychik, .* of length \$n=2\^m-1\$, and claimed .* deterministically\.$/);
      for (const card of cards) expect(card.anchor.localName).toBe('dt');
    },
  },
  'abs-2609.30653.excerpt.html': {
    url: 'https://arxiv.org/abs/2609.30653v1',
    check(cards) {
      expectCards(cards, [
        [
          'arxiv:2609.30653',
          'Fully 3GPP-Compatible Long-Range Sensing for LEO-ISAC: A Window-Grid Processing Framework',
          ['Yi Geng', 'Xun Fan', 'Chenfeng Xu', 'Yu Zhao'],
        ],
      ]);
      expect(cards[0]?.paper).toMatchObject({
        url: 'https://arxiv.org/abs/2609.30653',
        pdfUrl: 'https://arxiv.org/pdf/2609.30653',
        publishedAt: '2026-09-25',
        primaryClass: 'cs.IT',
      });
      expect(cards[0]?.paper.abstract).toMatch(/^This paper addresses the long-range sensing problem .* with 100\.8 MHz bandwidth\.$/);
      expect(cards[0]?.anchor.matches('h1.title')).toBe(true);
    },
  },
};

describe('adapters on the real page captures in ../shared/pages', () => {
  it('knows what every capture present should hold', () => {
    for (const name of captures) expect(Object.keys(known)).toContain(name);
  });

  for (const name of captures) {
    it(`reads ${name}`, () => {
      const capture = known[name];
      if (!capture) throw new Error(`no expectation for ${name}`);
      const { doc, url } = pageAt(readFileSync(`${capturesDir}${name}`, 'utf8'), capture.url);
      const adapters = adaptersFor(url);
      expect(adapters.map((a) => a.name)).toEqual(['arxiv']);
      capture.check(adapters.flatMap((adapter) => readCards(adapter, doc, url)));
    });
  }
});
