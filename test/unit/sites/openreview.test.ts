import { describe, expect, it } from 'vitest';
import { paperSchemas } from '@/lib/paper';
import { openreview } from '@/lib/sites/openreview';
import { fixturePage, pageAt } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

describe('OpenReview /submissions (server-rendered, the list still in its hidden streaming slot)', () => {
  const { doc, url } = fixturePage(
    'openreview/submissions-NeurIPS2025.html',
    'https://openreview.net/submissions?venue=NeurIPS.cc%2F2025%2FConference',
  );
  const read = openreview.read(doc, url);
  const cards = [...read.cards];

  it('reads every note card: forum id, title, linked authors, the venue line and its year', () => {
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, [
      {
        id: 'openreview:RxWILaXuhb',
        title: 'Time-o1: Time-Series Forecasting Needs Transformed Label Alignment',
        authors: ['Hao Wang', 'Licheng Pan', 'Zhichao Chen', 'Xu Chen'],
        venue: 'NeurIPS 2025 poster',
        year: 2025,
      },
      {
        id: 'openreview:LPUr2CexmX',
        title: 'DO-EM: Density Operator Expectation Maximization',
        authors: ['Adit Vishnu', 'Abhay Shastry', 'Dhruva Kashyap', 'Chiranjib Bhattacharyya'],
        venue: 'Submitted to NeurIPS 2025',
        year: 2025,
      },
      {
        id: 'openreview:lClK4uBxSG',
        title: 'ModHiFi: Identifying High Fidelity predictive components for Model Modification',
        authors: ['Dhruva Kashyap', 'Chaitanya Murti', 'Pranav K Nayak'],
        venue: 'NeurIPS 2025 spotlight',
        year: 2025,
      },
      {
        id: 'openreview:nZ4mFzCZIx',
        title: 'Towards Generalizable 3D Human Pose Estimation via Ensembles on Flat Loss Landscapes',
        authors: ['Jumin Han', 'Jun-Hee Kim', 'Seong-Whan Lee'],
        venue: 'NeurIPS 2025 poster',
        year: 2025,
      },
    ]);
  });

  it('links the forum and its PDF; the control goes after the title, the whole list item is the card', () => {
    expect(cards[0]?.paper).toMatchObject({
      url: 'https://openreview.net/forum?id=RxWILaXuhb',
      pdfUrl: 'https://openreview.net/pdf?id=RxWILaXuhb',
      source: { site: 'openreview', page: '/submissions?venue=NeurIPS.cc/2025/Conference' },
    });
    for (const card of cards) {
      expect(card.anchor.localName).toBe('h4');
      expect(card.placement).toBe('after');
      expect(card.container?.map((e) => e.localName)).toEqual(['li']);
      expect(card.container?.[0]?.contains(card.anchor)).toBe(true);
      expect(paperSchemas().PaperDraft.safeParse(card.paper).success).toBe(true);
    }
  });
});

describe('OpenReview venue group page (a client-rendered tab)', () => {
  const { doc, url } = fixturePage('openreview/group-ICLR2025-Conference.html', 'https://openreview.net/group?id=ICLR.cc/2025/Conference');
  const cards = [...openreview.read(doc, url).cards];

  it('reads the rendered tab; an arXiv field makes the arXiv id the best id, a link in the abstract does not', () => {
    expectVenueCards(cards, [
      {
        id: 'arxiv:2503.01785',
        aliases: ['openreview:Vr5ZRfTgx1'],
        title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
        authors: ['Ziyu Liu', 'Zeyi Sun', 'Yuhang Zang', 'Xiaoyi Dong', 'Yuhang Cao', 'Haodong Duan', 'Dahua Lin', 'Jiaqi Wang'],
        venue: 'ICLR 2025 Oral',
        year: 2025,
      },
      {
        id: 'openreview:hT2Km8WqLp',
        title: 'Scaling Laws for Sparse Mixture-of-Experts Routing',
        authors: ['Maria Garcia', 'Wei Zhang'],
        venue: 'ICLR 2025 Oral',
        year: 2025,
      },
    ]);
    expect(cards[0]?.paper.abstract).toBe(
      'Reinforcement Fine-Tuning (RFT) in Large Reasoning Models like OpenAI o1 learns from feedback on its answers.',
    );
    // The forum stays the card's page, whatever its best id.
    expect(cards[0]?.paper.url).toBe('https://openreview.net/forum?id=Vr5ZRfTgx1');
  });

  it('reads the next tab once the app has rendered it: a DOI field, an anonymous author list', () => {
    const pane = doc.getElementById('accept-poster');
    const data = doc.getElementById('tab-data-accept-poster') as HTMLTemplateElement | null;
    if (!pane || !data) throw new Error('fixture changed');
    doc.getElementById('accept-oral')?.replaceChildren();
    pane.append(data.content.cloneNode(true));
    expectVenueCards(openreview.read(doc, url).cards, [
      {
        id: 'doi:10.5555/iclr.2025.qm4pd7',
        aliases: ['openreview:Qm4pD7sXv9'],
        title: 'Tabular Foundation Models Under Distribution Shift',
        authors: ['Amira Haddad', 'Jonas Berg', 'Li Na'],
        venue: 'ICLR 2025 Poster',
        year: 2025,
      },
      {
        id: 'openreview:zK8vN2cYt4',
        title: 'Certified Robustness for Graph Transformers',
        authors: [],
        venue: 'ICLR 2025 Poster',
        year: 2025,
      },
    ]);
  });
});

describe('OpenReview forum page', () => {
  it('is one card from the citation meta tags; replies are not cards', () => {
    const { doc, url } = fixturePage('openreview/forum-hT2Km8WqLp.html', 'https://openreview.net/forum?id=hT2Km8WqLp');
    const read = openreview.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [
      {
        id: 'openreview:hT2Km8WqLp',
        title: 'Scaling Laws for Sparse Mixture-of-Experts Routing',
        authors: ['Maria Garcia', 'Wei Zhang'],
        venue: 'The Thirteenth International Conference on Learning Representations',
        year: 2025,
      },
    ]);
    expect(cards[0]?.paper).toMatchObject({ publishedAt: '2025-01-22', pdfUrl: 'https://openreview.net/pdf?id=hT2Km8WqLp' });
    expect(cards[0]?.anchor.matches('h2.citation_title')).toBe(true);
  });

  it('takes the DOI of citation_doi and the arXiv id of an arXiv-discussion URL', () => {
    const head = '<meta name="citation_title" content="A"><meta name="citation_doi" content="10.1000/XYZ.1">';
    const body = '<div class="forum-container"><div class="forum-title"><h2 class="citation_title">A</h2></div></div>';
    const { doc, url } = pageAt(
      `<html><head>${head}</head><body>${body}</body></html>`,
      'https://openreview.net/forum?id=abcDEF1234&arxivid=2401.00001',
    );
    expect([...openreview.read(doc, url).cards].map((c) => [c.paper.id, c.paper.aliases])).toEqual([
      ['arxiv:2401.00001', ['doi:10.1000/xyz.1', 'openreview:abcDEF1234']],
    ]);
  });
});
