import { describe, expect, it } from 'vitest';
import { embeddedPapers, huggingface } from '@/lib/sites/huggingface';
import { fixturePage, pageAt } from '../../helpers/dom';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';

describe('huggingface adapter on a daily list page', () => {
  const { doc, url } = fixturePage('huggingface/papers-date-2025-03-04.html', DAILY);
  const cards = huggingface.findCards(doc, url);

  it('finds every card, in page order, with canonical ids', () => {
    expect(cards.map((c) => c.paper.id)).toEqual([
      'arxiv:2503.01785',
      'arxiv:2503.01743',
      'arxiv:2503.00808',
      'arxiv:2503.02130',
      'arxiv:2503.01307',
    ]);
  });

  it('enriches cards from the DailyPapers JSON by id', () => {
    const first = cards[0]?.paper;
    expect(first).toMatchObject({
      title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
      url: 'https://arxiv.org/abs/2503.01785',
      pdfUrl: 'https://arxiv.org/pdf/2503.01785',
      publishedAt: '2025-03-03T18:16:32.000Z',
      upvotes: 52,
      githubRepo: 'https://github.com/Liuziyu77/Visual-RFT',
      source: { site: 'huggingface', page: '/papers/date/2025-03-04', url: DAILY },
    });
    expect(first?.authors).toEqual([
      'Ziyu Liu',
      'Zeyi Sun',
      'Yuhang Zang',
      'Xiaoyi Dong',
      'Yuhang Cao',
      'Haodong Duan',
      'Dahua Lin',
      'Jiaqi Wang',
    ]);
    expect(first?.abstract).toMatch(/^Reinforcement Fine-Tuning \(RFT\)/);
    expect(cards[3]?.paper.title).toBe(
      'Cognitive Behaviors that Enable Self-Improving Reasoners, or, Four Habits of Highly Effective STaRs',
    );
  });

  it('tolerates missing fields in the JSON', () => {
    expect(cards[4]?.paper.abstract).toBeUndefined();
    expect(cards[4]?.paper.title).toBe('Liger: Linearizing Large Language Models to Gated Recurrent Structures');
  });

  it('anchors each control after the card title', () => {
    for (const card of cards) {
      expect(card.anchor.localName).toBe('h3');
      expect(card.placement).toBe('after');
    }
  });
});

describe('huggingface adapter on odd markup', () => {
  it('matches JSON by id, not by position, and falls back to the card when the JSON lacks a paper', () => {
    const html = `<main>
      <div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":"2401.00002","title":"Second","authors":[{"name":"B"}]}}]}'></div>
      <article><h3><a href="/papers/2401.00001">First from the card</a></h3><ul><li title="Ann A"></li></ul></article>
      <article><h3><a href="/papers/2401.00002">Second on the card</a></h3></article>
    </main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers?q=first');
    const cards = huggingface.findCards(doc, url);
    expect(cards.map((c) => [c.paper.id, c.paper.title, c.paper.authors])).toEqual([
      ['arxiv:2401.00001', 'First from the card', ['Ann A']],
      ['arxiv:2401.00002', 'Second', ['B']],
    ]);
  });

  it('skips articles that are not paper cards and survives broken JSON', () => {
    const html = `<main>
      <div data-target="DailyPapers" data-props="{not json"></div>
      <article><h3>No link</h3></article>
      <article><h3><a href="/papers/trending">Trending</a></h3></article>
      <article><a href="/papers/2401.00001">thumbnail only</a></article>
      <article><h3><a href="/papers/2401.00003">Ok</a></h3></article>
    </main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers');
    expect(huggingface.findCards(doc, url).map((c) => c.paper.id)).toEqual(['arxiv:2401.00003']);
  });

  it('ignores JSON entries of the wrong shape', () => {
    const html = `<div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":42}},{"paper":{"id":"2401.00001","upvotes":"many"}},{"paper":{"id":"2401.00004","title":"Fine"}}, null]}'></div>`;
    const { doc } = pageAt(html, 'https://huggingface.co/papers');
    expect([...embeddedPapers(doc).keys()]).toEqual(['arxiv:2401.00004']);
  });

  it('never throws on an empty document', () => {
    const { doc, url } = pageAt('', 'https://huggingface.co/papers');
    expect(huggingface.findCards(doc, url)).toEqual([]);
  });
});
