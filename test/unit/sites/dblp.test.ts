import { describe, expect, it } from 'vitest';
import { dblp } from '@/lib/sites/dblp';
import { fixturePage } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

const RFT_AUTHORS = ['Ziyu Liu', 'Zeyi Sun', 'Yuhang Zang', 'Xiaoyi Dong', 'Yuhang Cao', 'Haodong Duan', 'Dahua Lin', 'Jiaqi Wang'];

describe('dblp', () => {
  it('person page: papers known by their electronic editions (DOI, arXiv, CVF, ACL), CoRR records as arXiv papers', () => {
    const { doc, url } = fixturePage('dblp/pid-99-9999.html', 'https://dblp.org/pid/99/9999.html');
    const read = dblp.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, [
      {
        id: 'cvf:ICCV2025/Liu_Visual-RFT_Visual_Reinforcement_Fine-Tuning',
        aliases: ['dblp:conf/iccv/LiuSZDCDLW25'],
        title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
        authors: RFT_AUTHORS,
        venue: 'ICCV',
        year: 2025,
      },
      {
        id: 'arxiv:2503.01785',
        title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
        authors: RFT_AUTHORS,
        venue: 'CoRR',
        year: 2025,
      },
      {
        id: 'doi:10.1109/tpami.2023.3241234',
        aliases: ['dblp:journals/pami/LiuWG23'],
        title: 'Token Merging for Dense Prediction',
        authors: ['Ziyu Liu', 'Jiaqi Wang', 'Maria Garcia'],
        venue: 'IEEE Trans. Pattern Anal. Mach. Intell.',
        year: 2023,
      },
      {
        id: 'doi:10.1109/iccv51070.2023.00420',
        aliases: ['cvf:ICCV2023/Liu_Sparse_Routing_in_Mixture-of-Experts_Vision_Models', 'dblp:conf/iccv/LiuG23'],
        title: 'Sparse Routing in Mixture-of-Experts Vision Models',
        authors: ['Ziyu Liu', 'Maria Garcia'],
        venue: 'ICCV',
        year: 2023,
      },
      {
        id: 'doi:10.18653/v1/2022.acl-long.12',
        aliases: ['acl:2022.acl-long.12', 'dblp:conf/acl/LiuK22'],
        title: 'Routing Words to Experts: A Study of Sparse Language Models',
        authors: ['Ziyu Liu', 'Ana Kim'],
        venue: 'ACL (1)',
        year: 2022,
      },
    ]);
    expect(cards.map((card) => card.paper.url)).toEqual([
      'https://dblp.org/rec/conf/iccv/LiuSZDCDLW25.html',
      'https://dblp.org/rec/journals/corr/abs-2503-01785.html',
      'https://dblp.org/rec/journals/pami/LiuWG23.html',
      'https://dblp.org/rec/conf/iccv/LiuG23.html',
      'https://dblp.org/rec/conf/acl/LiuK22.html',
    ]);
    expect(cards[2]?.paper.doi).toBe('10.1109/tpami.2023.3241234');
    for (const card of cards) {
      expect(card.anchor.classList.contains('title')).toBe(true);
      expect(card.placement).toBe('after');
      expect(card.container.map((e) => e.localName)).toEqual(['li']);
      expect(card.container[0]?.classList.contains('entry')).toBe(true);
    }
  });

  it('table of contents: the proceedings volume gets no control; a paper without an edition is known by its dblp key', () => {
    const { doc, url } = fixturePage('dblp/db-conf-iclr-iclr2014.html', 'https://dblp.org/db/conf/iclr/iclr2014.html');
    expectVenueCards(dblp.read(doc, url).cards, [
      {
        id: 'arxiv:1312.6114',
        aliases: ['dblp:conf/iclr/KingmaW13'],
        title: 'Auto-Encoding Variational Bayes',
        authors: ['Diederik P. Kingma', 'Max Welling'],
        venue: 'ICLR',
        year: 2014,
      },
      {
        id: 'arxiv:1312.6199',
        aliases: ['dblp:conf/iclr/SzegedyZSBEGF13'],
        title: 'Intriguing properties of neural networks',
        authors: [
          'Christian Szegedy',
          'Wojciech Zaremba',
          'Ilya Sutskever',
          'Joan Bruna',
          'Dumitru Erhan',
          'Ian J. Goodfellow',
          'Rob Fergus',
        ],
        venue: 'ICLR',
        year: 2014,
      },
      {
        id: 'arxiv:1312.4400',
        aliases: ['dblp:conf/iclr/LinCY13'],
        title: 'Network In Network',
        authors: ['Min Lin', 'Qiang Chen', 'Shuicheng Yan'],
        venue: 'ICLR',
        year: 2014,
      },
      {
        id: 'dblp:conf/iclr/DoeR14',
        title: 'Why Does Depth Help?',
        authors: ['Jane Doe', 'Richard Roe'],
        venue: 'ICLR (Workshop Poster)',
        year: 2014,
      },
      {
        id: 'openreview:kKw2lDq2Yq',
        aliases: ['dblp:conf/iclr/RoeD14'],
        title: 'Sparse Codes for Deep Nets',
        authors: ['Richard Roe', 'Jane Doe'],
        venue: 'ICLR (Workshop Poster)',
        year: 2014,
      },
    ]);
  });

  it('search: the publications, not the people who match', () => {
    const { doc, url } = fixturePage('dblp/search-q-visual-rft.html', 'https://dblp.org/search?q=visual+rft');
    const cards = [...dblp.read(doc, url).cards];
    expect(cards.map((card) => card.paper.id)).toEqual([
      'cvf:ICCV2025/Liu_Visual-RFT_Visual_Reinforcement_Fine-Tuning',
      'arxiv:2503.01785',
    ]);
    expect(cards[0]?.paper.authors[0]).toBe('Ziyu Liu');
  });

  it('record page of a conference paper: one card, known by its DOI, the CVF page and the dblp key beside it', () => {
    const { doc, url } = fixturePage('dblp/rec-conf-cvpr-HeZRS16.html', 'https://dblp.org/rec/conf/cvpr/HeZRS16.html');
    const read = dblp.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [
      {
        id: 'doi:10.1109/cvpr.2016.90',
        aliases: ['cvf:CVPR2016/He_Deep_Residual_Learning', 'dblp:conf/cvpr/HeZRS16'],
        title: 'Deep Residual Learning for Image Recognition',
        authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
        venue: 'CVPR',
        year: 2016,
      },
    ]);
    const [card] = cards;
    expect(card?.paper.doi).toBe('10.1109/cvpr.2016.90');
    expect(card?.paper.url).toBe('https://dblp.org/rec/conf/cvpr/HeZRS16.html');
    expect(card?.anchor.classList.contains('title')).toBe(true);
    expect(card?.placement).toBe('after');
    expect(card?.container).toEqual([doc.getElementById('conf/cvpr/HeZRS16')]);
  });

  it('record page of a CoRR paper: its arXiv paper, not the citing ICCV paper listed below it', () => {
    const { doc, url } = fixturePage(
      'dblp/rec-journals-corr-abs-2503-01785.html',
      'https://dblp.org/rec/journals/corr/abs-2503-01785.html',
    );
    const read = dblp.read(doc, url);
    expect(read.kind).toBe('paper');
    const cards = [...read.cards];
    expectVenueCards(cards, [
      {
        id: 'arxiv:2503.01785',
        title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
        authors: RFT_AUTHORS,
        venue: 'CoRR',
        year: 2025,
      },
    ]);
    expect(cards[0]?.paper.url).toBe('https://dblp.org/rec/journals/corr/abs-2503-01785.html');
    expect(cards[0]?.container).toEqual([doc.getElementById('journals/corr/abs-2503-01785')]);
  });

  it('record page: the row of the page’s key, else the first paper row of #publ-section; never a row outside it', () => {
    const at = (mutate: (doc: Document) => void, href = 'https://dblp.org/rec/conf/cvpr/HeZRS16.html') => {
      const { doc, url } = fixturePage('dblp/rec-conf-cvpr-HeZRS16.html', href);
      mutate(doc);
      return [...dblp.read(doc, url).cards].map((card) => card.paper.id);
    };
    const resnet = 'doi:10.1109/cvpr.2016.90';
    const row = (doc: Document) => doc.getElementById('conf/cvpr/HeZRS16');
    // A second row before the record's own: the key picks the record's.
    expect(
      at((doc) => {
        const other = doc.querySelector('#citations-section li.entry')?.cloneNode(true) as Element;
        row(doc)?.before(other);
      }),
    ).toEqual([resnet]);
    // A row whose id is not the URL's key (or has none) is still the page's record.
    expect(at((doc) => row(doc)?.setAttribute('id', 'conf/cvpr/Other16'))).toEqual([resnet]);
    expect(at((doc) => row(doc)?.removeAttribute('id'))).toEqual([resnet]);
    // An unreadable or missing record row, a page without #publ-section: no card, and the cited-by row is never taken.
    expect(at((doc) => row(doc)?.querySelector('cite')?.remove())).toEqual([]);
    expect(at((doc) => row(doc)?.querySelector('.title')?.remove())).toEqual([]);
    expect(at((doc) => row(doc)?.remove())).toEqual([]);
    expect(at((doc) => doc.getElementById('publ-section')?.removeAttribute('id'))).toEqual([]);
    expect(at((doc) => doc.body.replaceChildren())).toEqual([]);
    // A proceedings volume's record is not a paper.
    expect(at((doc) => row(doc)?.classList.replace('inproceedings', 'editor'))).toEqual([]);
    // The record's exports are not its page.
    expect(at(() => undefined, 'https://dblp.org/rec/conf/cvpr/HeZRS16.bib')).toEqual([]);
    expect(at(() => undefined, 'https://dblp.org/rec/conf/cvpr/HeZRS16.xml')).toEqual([]);
    // A key with a percent-escape in the URL is matched decoded.
    expect(
      at((doc) => {
        row(doc)?.before(doc.querySelector('#citations-section li.entry')?.cloneNode(true) as Element);
        row(doc)?.setAttribute('id', 'conf/cvpr/Hé16');
      }, 'https://dblp.org/rec/conf/cvpr/H%C3%A916.html'),
    ).toEqual([resnet]);
  });

  it('a CoRR record is its arXiv paper by its volume alone (abs/<id>, and the old archive/number form)', () => {
    const { doc, url } = fixturePage('dblp/pid-99-9999.html', 'https://dblp.org/pid/99/9999.html');
    const corr = doc.getElementById('journals/corr/abs-2503-01785');
    corr?.querySelector('nav')?.remove();
    corr?.removeAttribute('id');
    const old = corr?.cloneNode(true) as Element;
    const volume = [...old.querySelectorAll('span')].find((span) => span.getAttribute('itemprop') === 'volumeNumber');
    if (volume) volume.textContent = 'cs.LG/0212034';
    corr?.after(old);
    const ids = [...dblp.read(doc, url).cards].map((card) => card.paper.id);
    expect(ids.slice(1, 3)).toEqual(['arxiv:2503.01785', 'arxiv:cs.LG/0212034']);
  });

  it('an entry without its cite block or title is skipped, and the page still reads', () => {
    const { doc, url } = fixturePage('dblp/db-conf-iclr-iclr2014.html', 'https://dblp.org/db/conf/iclr/iclr2014.html');
    doc.getElementById('conf/iclr/KingmaW13')?.querySelector('cite')?.remove();
    doc.getElementById('conf/iclr/LinCY13')?.querySelector('.title')?.remove();
    expect([...dblp.read(doc, url).cards].map((card) => card.paper.id)).toEqual([
      'arxiv:1312.6199',
      'dblp:conf/iclr/DoeR14',
      'openreview:kKw2lDq2Yq',
    ]);
  });
});
