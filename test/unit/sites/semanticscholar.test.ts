import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { semanticscholar } from '@/lib/sites/semanticscholar';
import { fixturePage } from '../../helpers/dom';
import { fixture } from '../../helpers/fixtures';
import { expectVenueCards } from './venue-cards';

const SEARCH = 'https://www.semanticscholar.org/search?q=visual%20reinforcement%20fine-tuning';
const AUTHOR = 'https://www.semanticscholar.org/author/Ziyu-Liu/2261234567';
const PAPER =
  'https://www.semanticscholar.org/paper/Sparse-Routing-in-Mixture-of-Experts-Vision-Models-Liu-Garcia/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d';

/**
 * The fixture as the app shows it once rendered: the page runs its script (render.js, as the e2e specs' browsers
 * do), which puts the rows in place and then replaces them; the test goes on after the last render.
 */
async function rendered(path: string, url: string): Promise<{ doc: Document; url: URL }> {
  const doc = new JSDOM(fixture(path), { url, runScripts: 'dangerously' }).window.document;
  expect(doc.body.dataset.fixtureRendering, `${path} runs its script`).toBe('true');
  await vi.waitFor(() => expect(doc.body.dataset.fixtureRendering).toBeUndefined(), { timeout: 5000 });
  return { doc, url: new URL(url) };
}

const RFT = {
  id: 'arxiv:2503.01785',
  aliases: ['s2:3f1c2b0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a'],
  title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
  authors: ['Ziyu Liu', 'Zeyi Sun', 'Yuhang Zang'],
  venue: 'arXiv.org',
  year: 2025,
};
const MOE = {
  id: 'doi:10.1109/iccv51070.2023.00420',
  aliases: ['s2:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d'],
  title: 'Sparse Routing in Mixture-of-Experts Vision Models',
  authors: ['Ziyu Liu', 'Maria Garcia'],
  venue: 'IEEE International Conference on Computer Vision',
  year: 2023,
};
const OLD = {
  id: 's2:0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  title: 'Routing Words to Experts: A Study of Sparse Language Models',
  authors: ['Ziyu Liu', 'Ana Kim'],
  venue: 'Annual Meeting of the Association for Computational Linguistics',
  year: 2022,
};
const ROWS = [RFT, MOE, OLD];

describe('Semantic Scholar', () => {
  it('before the app has rendered, a page has no cards (the page watcher scans again)', () => {
    const { doc, url } = fixturePage('semanticscholar/search-q-visual-rft.html', SEARCH);
    expect([...semanticscholar.read(doc, url).cards]).toEqual([]);
  });

  it('search: arXiv id or DOI from the row’s source link, else the 40-hex paper id', async () => {
    const { doc, url } = await rendered('semanticscholar/search-q-visual-rft.html', SEARCH);
    const read = semanticscholar.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, ROWS);
    expect(cards.map((card) => card.paper.url)).toEqual([
      'https://www.semanticscholar.org/paper/Visual-RFT%3A-Visual-Reinforcement-Fine-Tuning-Liu-Sun/3f1c2b0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
      'https://www.semanticscholar.org/paper/Sparse-Routing-in-Mixture-of-Experts-Vision-Models-Liu-Garcia/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
      'https://www.semanticscholar.org/paper/Routing-Words-to-Experts%3A-A-Study-of-Sparse-Liu-Kim/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    ]);
    for (const card of cards) {
      expect(card.anchor.getAttribute('data-test-id')).toBe('title-link');
      expect(card.container.map((e) => e.classList.contains('cl-paper-row'))).toEqual([true]);
    }
  });

  it('author page: the same rows', async () => {
    const { doc, url } = await rendered('semanticscholar/author-Ziyu-Liu-2261234567.html', AUTHOR);
    expectVenueCards(semanticscholar.read(doc, url).cards, ROWS);
  });

  it('paper page: the paper from its header (DOI shown) and schema data, then its citing papers', async () => {
    const { doc, url } = await rendered('semanticscholar/paper-Sparse-Routing-9e8d7c6b.html', PAPER);
    const read = semanticscholar.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [MOE, RFT]);
    expect(cards[0]?.paper).toMatchObject({
      abstract: 'We route each image token to one of many experts and keep two in three idle.',
      publishedAt: '2023-10-01',
      doi: '10.1109/iccv51070.2023.00420',
      url: PAPER,
    });
    expect(cards[0]?.anchor.localName).toBe('h1');
  });

  it('a paper page without schema data reads its header; one without a DOI is its paper id', () => {
    const { doc, url } = fixturePage('semanticscholar/paper-Sparse-Routing-9e8d7c6b.html', PAPER);
    doc.querySelector('script.schema-data')?.remove();
    doc.querySelector('[data-test-id="paper-link"]')?.remove();
    // The DOI the header shows, without a link to it.
    doc.querySelector('.doi__link')?.setAttribute('href', '#');
    expect([...semanticscholar.read(doc, url).cards][0]?.paper.id).toBe('doi:10.1109/iccv51070.2023.00420');
    doc.querySelector('[data-test-id="paper-doi"]')?.remove();
    expectVenueCards(semanticscholar.read(doc, url).cards, [
      {
        id: 's2:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
        title: 'Sparse Routing in Mixture-of-Experts Vision Models',
        authors: ['Ziyu Liu', 'Maria Garcia'],
        year: 2023,
      },
    ]);
  });
});
