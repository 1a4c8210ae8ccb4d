import { describe, expect, it } from 'vitest';
import { acl } from '@/lib/sites/acl';
import { fixturePage } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

const LONG = 'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)';
const NAACL =
  'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)';

describe('ACL Anthology event page (current markup)', () => {
  const { doc, url } = fixturePage('acl/events-acl-2024.html', 'https://aclanthology.org/events/acl-2024/');
  const read = acl.read(doc, url);
  const cards = [...read.cards];

  it('reads every paper entry of every volume section, skipping front matter; venue = the section’s volume', () => {
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, [
      {
        id: 'acl:2024.acl-long.1',
        title: 'Quantified Task Misalignment to Inform PEFT: An Exploration of Domain Generalization and Catastrophic Forgetting in CLIP',
        authors: ['Laura Niss', 'Kevin Vogt-Lowell', 'Theodoros Tsiligkaridis'],
        venue: LONG,
        year: 2024,
      },
      {
        id: 'acl:2024.acl-long.2',
        title: 'Visual-RFT for Documents: A Case Study',
        authors: ['Ziyu Liu', 'Jiaqi Wang'],
        venue: LONG,
        year: 2024,
      },
      {
        id: 'acl:2024.findings-acl.1',
        title: 'Sparse Attention for Long-Document Summarization',
        authors: ['Ana Costa', 'Bo Pan'],
        venue: 'Findings of the Association for Computational Linguistics: ACL 2024',
        year: 2024,
      },
    ]);
  });

  it('links the paper page and PDF, keeps the abstract; the entry and its abstract are the card', () => {
    expect(cards[0]?.paper).toMatchObject({
      url: 'https://aclanthology.org/2024.acl-long.1/',
      pdfUrl: 'https://aclanthology.org/2024.acl-long.1.pdf',
      abstract: expect.stringMatching(/^Abstract of Quantified Task Misalignment/),
    });
    for (const card of cards) {
      expect(card.anchor.localName).toBe('strong');
      expect(card.container?.map((e) => e.className)).toEqual([
        'd-sm-flex align-items-stretch mb-3',
        'card bg-light mb-2 mb-lg-3 collapse abstract-collapse',
      ]);
    }
  });
});

describe('ACL Anthology volume page (older markup, old-style ids)', () => {
  it('reads the entries, skipping N19-1000; the year comes from the id', () => {
    const { doc, url } = fixturePage('acl/volume-N19-1.html', 'https://aclanthology.org/volumes/N19-1/');
    const cards = [...acl.read(doc, url).cards];
    expectVenueCards(cards, [
      {
        id: 'acl:N19-1001',
        title: 'Entity Recognition at First Sight: Improving NER with Eye Movement Information',
        authors: ['Nora Hollenstein', 'Ce Zhang'],
        venue: NAACL,
        year: 2019,
      },
      {
        id: 'acl:N19-1423',
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
        venue: NAACL,
        year: 2019,
      },
    ]);
    expect(cards.map((c) => c.container?.map((e) => e.localName))).toEqual([['p'], ['p']]);
  });
});

describe('ACL Anthology paper page', () => {
  it('is one card: the DOI is its best id, the Anthology id an alias; the visible author names', () => {
    const { doc, url } = fixturePage('acl/paper-N19-1423.html', 'https://aclanthology.org/N19-1423/');
    const read = acl.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [
      {
        id: 'doi:10.18653/v1/n19-1423',
        aliases: ['acl:N19-1423'],
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
        venue: NAACL,
        year: 2019,
      },
    ]);
    expect(cards[0]?.paper).toMatchObject({
      url: 'https://aclanthology.org/N19-1423/',
      pdfUrl: 'https://aclanthology.org/N19-1423.pdf',
      doi: '10.18653/v1/n19-1423',
      publishedAt: '2019-06',
    });
    expect(cards[0]?.anchor.id).toBe('title');
  });

  it('leaves other pages alone', () => {
    for (const href of [
      'https://aclanthology.org/',
      'https://aclanthology.org/people/jacob-devlin/',
      'https://aclanthology.org/venues/naacl/',
    ]) {
      const { doc, url } = fixturePage('acl/volume-N19-1.html', href);
      expect([...acl.read(doc, url).cards]).toEqual([]);
    }
  });
});
