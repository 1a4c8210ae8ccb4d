import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type Capture, expectCards, readsCaptures } from './expect-cards';

// Real server HTML kept next to the repository (../shared/pages); absent in some checkouts.
const capturesDir = fileURLToPath(new URL('../../../../shared/pages/', import.meta.url));
const captures = existsSync(capturesDir)
  ? readdirSync(capturesDir, { recursive: true, encoding: 'utf8' }).filter((name) => /^(huggingface\/)?[^/]+\.html$/.test(name))
  : [];

/** What each known capture stands for, which adapter reads it, and what it holds. */
const known: Record<string, Capture & { adapter?: string }> = {
  // Its data-props is cut short (the excerpt keeps the JSON's start and end only), so the cards stand alone: title
  // only, and never the usernames in li[title]. The third card of the excerpt is a note without a link, not a card.
  'huggingface/trending-2026-10.excerpt.html': {
    url: 'https://huggingface.co/papers/trending',
    adapter: 'huggingface',
    check(cards) {
      expectCards(cards, [
        ['arxiv:2610.05608', 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation', []],
        ['arxiv:2509.22186', 'MinerU2.5: A Decoupled Vision-Language Model for Efficient High-Resolution Document Parsing', []],
        ['arxiv:2606.03748', 'Ultralytics YOLO26: Unified Real-Time End-to-End Vision Models', []],
      ]);
      for (const card of cards) expect(card.paper.abstract).toBeUndefined();
      // A card holding both copies (desktop and mobile) gets one control for both, at the card's end. The excerpt's
      // cuts drop closing tags: the second card's mobile copy ends up inside its desktop copy (which then is the card),
      // and of the last card only the desktop copy's start is kept (that copy is all there is of it).
      expect(cards.map((c) => [c.container?.[0]?.localName, c.container?.[0]?.className, c.anchor.localName, c.placement])).toEqual([
        ['article', 'relative overflow-hidden rounded-xl border', 'article', 'append'],
        ['div', 'hidden h-40 md:flex', 'div', 'append'],
        ['div', 'hidden h-40 md:flex', 'h3', 'after'],
      ]);
    },
  },
  'huggingface/daily-2026-03-18.reduced-fixture.html': {
    url: 'https://huggingface.co/papers/date/2026-03-18',
    adapter: 'huggingface',
    check(cards) {
      expectCards(cards, [
        ['arxiv:2603.16790', 'InCoder-32B: Code Foundation Model for Industrial Scenarios', []],
        ['arxiv:2603.13366', 'Thinking in Uncertainty: Mitigating Hallucinations in MLRMs', []],
      ]);
      for (const card of cards) expect(card.container?.map((e) => e.localName)).toEqual(['article']);
    },
  },
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

readsCaptures('adapters on the real page captures in ../shared/pages', capturesDir, captures, known, (capture) => [
  capture.adapter ?? 'arxiv',
]);
