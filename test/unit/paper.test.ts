import { describe, expect, it } from 'vitest';
import {
  arxivLinks,
  canonicalAclId,
  canonicalArxivId,
  canonicalCvfId,
  canonicalDblpId,
  canonicalDoi,
  canonicalNeuripsId,
  canonicalOpenReviewId,
  canonicalPaperId,
  canonicalPmlrId,
  canonicalS2Id,
  canonicalScholarId,
  cvfIdFromFileName,
  paperIdFromUrl,
  paperIds,
  paperLinks,
  paperSchemas,
  rankIds,
} from '@/lib/paper';

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
    ['https://www.alphaxiv.org/overview/2310.04444', 'arxiv:2310.04444'],
    ['https://www.alphaxiv.org/pdf/2310.04444v1', 'arxiv:2310.04444'],
    // DOIs
    ['https://doi.org/10.18653/v1/2023.findings-emnlp.725', 'doi:10.18653/v1/2023.findings-emnlp.725'],
    ['http://dx.doi.org/10.1145/3292500.3330701', 'doi:10.1145/3292500.3330701'],
    ['https://www.doi.org/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['https://doi.org/10.1002%2F%28SICI%291097-4636', 'doi:10.1002/(sici)1097-4636'],
    ['https://doi.org/10.48550/arXiv.2310.04444', 'arxiv:2310.04444'],
    // OpenReview (forum, PDF, attachment; the forum id's case kept)
    ['https://openreview.net/forum?id=RxWILaXuhb', 'openreview:RxWILaXuhb'],
    ['https://openreview.net/forum?id=RxWILaXuhb&referrer=%5BAuthor%20Console%5D', 'openreview:RxWILaXuhb'],
    ['https://openreview.net/forum?id=RxWILaXuhb&noteId=abcdefghij', 'openreview:RxWILaXuhb'],
    ['https://openreview.net/pdf?id=9U29U3cDKq', 'openreview:9U29U3cDKq'],
    ['https://openreview.net/attachment?id=9U29U3cDKq&name=pdf', 'openreview:9U29U3cDKq'],
    ['https://openreview.net/forum?id=r1Ddp1-Rb', 'openreview:r1Ddp1-Rb'],
    ['https://openreview.net/forum?arxivid=2401.12345', 'arxiv:2401.12345'],
    // ACL Anthology (and aclweb.org before it)
    ['https://aclanthology.org/2023.findings-emnlp.725/', 'acl:2023.findings-emnlp.725'],
    ['https://aclanthology.org/2023.findings-emnlp.725', 'acl:2023.findings-emnlp.725'],
    ['https://aclanthology.org/2023.findings-emnlp.725.pdf', 'acl:2023.findings-emnlp.725'],
    ['https://aclanthology.org/2024.acl-long.1v2.pdf', 'acl:2024.acl-long.1'],
    ['https://aclanthology.org/2023.tacl-1.3.bib', 'acl:2023.tacl-1.3'],
    ['https://aclanthology.org/P19-1001/', 'acl:P19-1001'],
    ['https://aclanthology.org/N19-1423.pdf', 'acl:N19-1423'],
    ['https://www.aclweb.org/anthology/P19-1001/', 'acl:P19-1001'],
    ['https://www.aclweb.org/anthology/2020.acl-main.1.pdf', 'acl:2020.acl-main.1'],
    // PMLR
    ['https://proceedings.mlr.press/v235/abad-rocamora24a.html', 'pmlr:v235/abad-rocamora24a'],
    ['https://proceedings.mlr.press/v235/abad-rocamora24a/abad-rocamora24a.pdf', 'pmlr:v235/abad-rocamora24a'],
    ['http://proceedings.mlr.press/v37/ioffe15.pdf', 'pmlr:v37/ioffe15'],
    ['https://proceedings.mlr.press/v235/abe24a', 'pmlr:v235/abe24a'],
    ['https://proceedings.mlr.press/v70/finn17a/finn17a-supp.pdf', 'pmlr:v70/finn17a'],
    ['http://jmlr.org/proceedings/papers/v37/ioffe15.html', 'pmlr:v37/ioffe15'],
    // NeurIPS proceedings
    [
      'https://papers.nips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html',
      'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
    ],
    [
      'https://proceedings.neurips.cc/paper_files/paper/2023/file/0001ca33ba34ce0351e4612b744b3936-Paper-Conference.pdf',
      'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
    ],
    [
      'https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
      'neurips:2017/3f5ee243547dee91fbd053c1c4a845aa',
    ],
    [
      'https://papers.nips.cc/paper_files/paper/2023/hash/0001CA33BA34CE0351E4612B744B3936-Abstract-Datasets_and_Benchmarks.html',
      'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
    ],
    [
      'https://datasets-benchmarks-proceedings.neurips.cc/paper/2021/hash/00ec53c4682d36f5c4359f4ae7bd7ba1-Abstract-round1.html',
      'neurips:2021/00ec53c4682d36f5c4359f4ae7bd7ba1',
    ],
    // CVF open access
    [
      'https://openaccess.thecvf.com/content_cvpr_2017/html/Teney_Graph-Structured_Representations_for_CVPR_2017_paper.html',
      'cvf:CVPR2017/Teney_Graph-Structured_Representations_for',
    ],
    [
      'https://openaccess.thecvf.com/content_cvpr_2017/papers/Teney_Graph-Structured_Representations_for_CVPR_2017_paper.pdf',
      'cvf:CVPR2017/Teney_Graph-Structured_Representations_for',
    ],
    ['https://openaccess.thecvf.com/content/CVPR2024/html/Wang_Some_Title_CVPR_2024_paper.html', 'cvf:CVPR2024/Wang_Some_Title'],
    ['https://openaccess.thecvf.com/content/CVPR2023W/ABAW/html/Li_A_Title_CVPRW_2023_paper.html', 'cvf:CVPRW2023/Li_A_Title'],
    [
      'https://openaccess.thecvf.com/content_iccv_2013/html/Sun_Deep_Convolutional_2013_ICCV_paper.html',
      'cvf:ICCV2013/Sun_Deep_Convolutional',
    ],
    ['https://openaccess.thecvf.com/content/WACV2024/papers/Kim_X_WACV_2024_paper.pdf', 'cvf:WACV2024/Kim_X'],
    // DBLP, Semantic Scholar, Google Scholar
    ['https://dblp.org/rec/conf/iclr/KingmaB14.html', 'dblp:conf/iclr/KingmaB14'],
    ['https://dblp.org/rec/conf/iclr/KingmaB14.bib', 'dblp:conf/iclr/KingmaB14'],
    ['https://dblp.uni-trier.de/rec/conf/nips/VaswaniSPUJGKP17', 'dblp:conf/nips/VaswaniSPUJGKP17'],
    ['https://dblp.org/rec/bibtex/conf/acl/DevlinCLT19', 'dblp:conf/acl/DevlinCLT19'],
    ['https://dblp.org/rec/journals/corr/abs-1706-03762.html', 'arxiv:1706.03762'],
    [
      'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
    ],
    ['https://www.semanticscholar.org/paper/204E3073870FAE3D05BCBC2F6A8E263D9B72E776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    ['https://scholar.google.com/scholar?cluster=3885100108290384890&hl=en', 'scholar:3885100108290384890'],
    ['https://scholar.google.de/scholar?cluster=3885100108290384890', 'scholar:3885100108290384890'],
    ['https://scholar.google.co.uk/scholar?cluster=3885100108290384890', 'scholar:3885100108290384890'],
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
    'ftp://arxiv.org/abs/2310.04444',
    'https://doi.org/',
    'https://doi.org/about',
    'https://doi.org.evil.com/10.1145/3292500.3330701',
    'https://openreview.net/',
    'https://openreview.net/group?id=ICLR.cc/2025/Conference',
    'https://openreview.net/submissions?venue=NeurIPS.cc%2F2025%2FConference',
    'https://openreview.net/profile?id=~Hao_Wang28',
    'https://openreview.net/forum',
    'https://openreview.net/forum?id=',
    'https://openreview.net/forum?id=<script>',
    'https://openreview.net/pdf/3a1e2bd7c2b8e1f0.pdf',
    'https://aclanthology.org/',
    'https://aclanthology.org/events/acl-2024/',
    'https://aclanthology.org/volumes/2024.acl-long/',
    'https://aclanthology.org/people/bo-pan/',
    'https://aclanthology.org/2024.acl-long/',
    'https://www.aclweb.org/P19-1001/',
    'https://proceedings.mlr.press/v235/',
    'https://proceedings.mlr.press/',
    'https://jmlr.org/papers/v21/20-074.html',
    'https://papers.nips.cc/paper_files/paper/2023',
    'https://papers.nips.cc/paper_files/paper/2023/hash/0001ca33-Abstract-Conference.html',
    'https://papers.nips.cc/paper/7181-attention-is-all-you-need',
    'https://openaccess.thecvf.com/CVPR2024?day=all',
    'https://openaccess.thecvf.com/content/CVPR2024/supplemental/Wang_Some_Title_CVPR_2024_supplemental.pdf',
    'https://dblp.org/pid/12/345.html',
    'https://dblp.org/db/conf/iclr/iclr2024.html',
    'https://www.semanticscholar.org/author/Ashish-Vaswani/40348417',
    'https://www.semanticscholar.org/paper/204e3073',
    'https://scholar.google.com/scholar?q=attention',
    'https://scholar.google.com/scholar?cites=3885100108290384890',
    'https://scholar.google.evil.com/scholar?cluster=3885100108290384890',
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

describe('canonicalDoi', () => {
  it.each([
    ['10.1145/3292500.3330701', 'doi:10.1145/3292500.3330701'],
    ['10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['doi:10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['DOI: 10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['DOI 10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['info:doi/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['https://doi.org/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['http://dx.doi.org/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['doi.org/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['https://doi.org/10.1002%2Fanie.201', 'doi:10.1002/anie.201'],
    ['  10.18653/v1/2023.findings-emnlp.725. ', 'doi:10.18653/v1/2023.findings-emnlp.725'],
    ['10.1002/(SICI)1097-4636(199705)35:2<159::AID-JBM4>3.0.CO;2-H', 'doi:10.1002/(sici)1097-4636(199705)35:2<159::aid-jbm4>3.0.co;2-h'],
    ['10.48550/arXiv.2310.04444', 'arxiv:2310.04444'],
    ['10.48550/ARXIV.2310.04444', 'arxiv:2310.04444'],
    ['https://doi.org/10.48550/arXiv.hep-th/9901001', 'arxiv:hep-th/9901001'],
  ])('%s → %s', (raw, id) => {
    expect(canonicalDoi(raw)).toBe(id);
  });

  it.each([
    '',
    'doi:',
    '10.1145',
    '10.1145/',
    '10.12/x',
    '11.1145/3292500',
    '10.1145/with space',
    'https://example.com/10.1145/3292500',
    '10.48550/arXiv.garbage',
    `10.1145/${'x'.repeat(200)}`,
  ])('rejects %j', (raw) => {
    expect(canonicalDoi(raw)).toBeNull();
  });
});

describe('the site schemes', () => {
  it.each([
    [canonicalOpenReviewId, 'RxWILaXuhb', 'openreview:RxWILaXuhb'],
    [canonicalOpenReviewId, 'openreview:RxWILaXuhb', 'openreview:RxWILaXuhb'],
    [canonicalOpenReviewId, ' r1Ddp1-Rb ', 'openreview:r1Ddp1-Rb'],
    [canonicalAclId, '2023.findings-emnlp.725', 'acl:2023.findings-emnlp.725'],
    [canonicalAclId, 'acl:2024.acl-long.1', 'acl:2024.acl-long.1'],
    [canonicalAclId, '2023.TACL-1.3', 'acl:2023.tacl-1.3'],
    [canonicalAclId, 'P19-1001', 'acl:P19-1001'],
    [canonicalAclId, 'p19-1001', 'acl:P19-1001'],
    [canonicalAclId, 'W11-0101', 'acl:W11-0101'],
    [canonicalPmlrId, 'v235/abad-rocamora24a', 'pmlr:v235/abad-rocamora24a'],
    [canonicalPmlrId, 'pmlr:v235/abe24a', 'pmlr:v235/abe24a'],
    [canonicalPmlrId, 'pmlr-v235-abad-rocamora24a', 'pmlr:v235/abad-rocamora24a'],
    [canonicalPmlrId, 'v037/ioffe15', 'pmlr:v37/ioffe15'],
    [canonicalNeuripsId, '2023/0001ca33ba34ce0351e4612b744b3936', 'neurips:2023/0001ca33ba34ce0351e4612b744b3936'],
    [canonicalNeuripsId, 'neurips:2023/0001CA33BA34CE0351E4612B744B3936', 'neurips:2023/0001ca33ba34ce0351e4612b744b3936'],
    [canonicalCvfId, 'CVPR2017/Teney_Graph-Structured', 'cvf:CVPR2017/Teney_Graph-Structured'],
    [canonicalCvfId, 'cvf:cvpr2017/Teney_Graph-Structured', 'cvf:CVPR2017/Teney_Graph-Structured'],
    [canonicalCvfId, 'ICCVW2019/Li_X', 'cvf:ICCVW2019/Li_X'],
    [canonicalDblpId, 'conf/iclr/KingmaB14', 'dblp:conf/iclr/KingmaB14'],
    [canonicalDblpId, 'DBLP:conf/iclr/KingmaB14', 'dblp:conf/iclr/KingmaB14'],
    [canonicalDblpId, 'dblp:journals/pami/HeZRS15', 'dblp:journals/pami/HeZRS15'],
    [canonicalDblpId, 'journals/corr/abs-1412-6980', 'arxiv:1412.6980'],
    [canonicalDblpId, 'DBLP:journals/corr/abs-2310-04444', 'arxiv:2310.04444'],
    [canonicalS2Id, '204e3073870fae3d05bcbc2f6a8e263d9b72e776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    [canonicalS2Id, 's2:204E3073870FAE3D05BCBC2F6A8E263D9B72E776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    [canonicalScholarId, '3885100108290384890', 'scholar:3885100108290384890'],
    [canonicalScholarId, 'scholar:3885100108290384890', 'scholar:3885100108290384890'],
    // A result's data-cid is the same cluster number (the real pages' pairs of data-cid and cluster= link).
    [canonicalScholarId, '-uN63_al6jUJ', 'scholar:3885100108290384890'],
    [canonicalScholarId, 'Yf7ALe8h_DEJ', 'scholar:3601791113138077281'],
    [canonicalScholarId, 'cXeT3ShOpHEJ', 'scholar:8188755959889491825'],
  ] as const)('%o(%j) → %s', (parse, raw, id) => {
    expect(parse(raw)).toBe(id);
  });

  it.each([
    [canonicalOpenReviewId, ''],
    [canonicalOpenReviewId, 'abc'],
    [canonicalOpenReviewId, 'Rx WILaXuhb'],
    [canonicalOpenReviewId, '<script>x</script>'],
    [canonicalOpenReviewId, 'forum?id=RxWILaXuhb'],
    [canonicalAclId, ''],
    [canonicalAclId, '2024.acl-long'],
    [canonicalAclId, '2024.acl-long.'],
    [canonicalAclId, '24.acl-long.1'],
    [canonicalAclId, 'P19-100'],
    [canonicalAclId, 'PP19-1001'],
    [canonicalAclId, '2024..1'],
    [canonicalPmlrId, 'v235'],
    [canonicalPmlrId, 'v235/'],
    [canonicalPmlrId, '235/abe24a'],
    [canonicalPmlrId, 'v235/abe 24a'],
    [canonicalPmlrId, 'v235/a/b'],
    [canonicalNeuripsId, '2023/0001ca33'],
    [canonicalNeuripsId, '0001ca33ba34ce0351e4612b744b3936'],
    [canonicalNeuripsId, '2023/0001ca33ba34ce0351e4612b744b393g'],
    [canonicalCvfId, 'CVPR/Teney'],
    [canonicalCvfId, 'CVPR2017/'],
    [canonicalCvfId, 'CVPR2017/a b'],
    [canonicalDblpId, 'KingmaB14'],
    [canonicalDblpId, 'conf/iclr'],
    [canonicalDblpId, 'pid/12/345'],
    [canonicalDblpId, 'conf/iclr/Kingma B14'],
    [canonicalS2Id, '204e3073870fae3d05bcbc2f6a8e263d9b72e77'],
    [canonicalS2Id, '204e3073870fae3d05bcbc2f6a8e263d9b72e776a'],
    [canonicalScholarId, ''],
    [canonicalScholarId, '0'],
    [canonicalScholarId, '99999999999999999999'],
    [canonicalScholarId, 'gs_citd'],
    [canonicalScholarId, 'abc def ghij'],
  ] as const)('%o rejects %j', (parse, raw) => {
    expect(parse(raw)).toBeNull();
  });

  it('reads CVF file names of every era', () => {
    expect(cvfIdFromFileName('Teney_Graph-Structured_Representations_for_CVPR_2017_paper.html')).toBe(
      'cvf:CVPR2017/Teney_Graph-Structured_Representations_for',
    );
    expect(cvfIdFromFileName('Sun_Deep_2013_ICCV_paper.pdf')).toBe('cvf:ICCV2013/Sun_Deep');
    expect(cvfIdFromFileName('Li_X_CVPRW_2023_paper')).toBe('cvf:CVPRW2023/Li_X');
    expect(cvfIdFromFileName('Wang_X_CVPR_2024_supplemental.pdf')).toBeNull();
    expect(cvfIdFromFileName('paper.html')).toBeNull();
  });
});

describe('canonicalPaperId', () => {
  it.each([
    ['arXiv:2310.04444v2', 'arxiv:2310.04444'],
    ['2310.04444', 'arxiv:2310.04444'],
    ['doi:10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
    ['DOI:10.48550/arXiv.2310.04444', 'arxiv:2310.04444'],
    ['openreview:RxWILaXuhb', 'openreview:RxWILaXuhb'],
    ['acl:P19-1001', 'acl:P19-1001'],
    ['pmlr:v235/abe24a', 'pmlr:v235/abe24a'],
    ['neurips:2023/0001ca33ba34ce0351e4612b744b3936', 'neurips:2023/0001ca33ba34ce0351e4612b744b3936'],
    ['cvf:CVPR2017/Teney_X', 'cvf:CVPR2017/Teney_X'],
    ['DBLP:conf/iclr/KingmaB14', 'dblp:conf/iclr/KingmaB14'],
    ['s2:204e3073870fae3d05bcbc2f6a8e263d9b72e776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    ['scholar:3885100108290384890', 'scholar:3885100108290384890'],
    ['https://aclanthology.org/P19-1001/', 'acl:P19-1001'],
    ['https://doi.org/10.1109/CVPR.2016.90', 'doi:10.1109/cvpr.2016.90'],
  ])('%s → %s', (raw, id) => {
    expect(canonicalPaperId(raw)).toBe(id);
  });

  it.each(['', 'hello', 'isbn:978-3-16-148410-0', 'openreview:', 'https://example.com/paper', 'P19-1001'])('rejects %j', (raw) => {
    expect(canonicalPaperId(raw)).toBeNull();
  });

  it('every canonical id it returns is a valid PaperDraft id', () => {
    for (const raw of ['10.1002/(SICI)1097-4636(199705)35:2<159', 'scholar:1', 'cvf:ICCVW2019/Li_X']) {
      const id = canonicalPaperId(raw);
      expect(id).not.toBeNull();
      expect(paperSchemas().PaperDraft.safeParse({ id, title: 't', authors: [], url: '' }).success).toBe(true);
    }
  });
});

describe('rankIds and paperIds', () => {
  it('puts arXiv first, then the DOI, then the sites, then the aggregators', () => {
    expect(rankIds(['scholar:1', 'dblp:conf/a/B', 'acl:P19-1001', 'doi:10.1/x', 'arxiv:2310.04444', 'acl:P19-1001'])).toEqual([
      'arxiv:2310.04444',
      'doi:10.1/x',
      'acl:P19-1001',
      'dblp:conf/a/B',
      'scholar:1',
    ]);
    expect(rankIds([`s2:${'a'.repeat(40)}`, 'openreview:RxWILaXuhb'])).toEqual(['openreview:RxWILaXuhb', `s2:${'a'.repeat(40)}`]);
  });

  it('lists the id then the aliases, each once', () => {
    expect(paperIds({ id: 'arxiv:2310.04444' })).toEqual(['arxiv:2310.04444']);
    expect(paperIds({ id: 'arxiv:2310.04444', aliases: ['doi:10.1/x', 'arxiv:2310.04444'] })).toEqual(['arxiv:2310.04444', 'doi:10.1/x']);
  });
});

describe('PaperDraft venue and year', () => {
  const base = { id: 'acl:P19-1001', title: 't', authors: [], url: '' };
  it('accepts a venue and a year', () => {
    expect(paperSchemas().PaperDraft.safeParse({ ...base, venue: 'ACL 2019', year: 2019 }).success).toBe(true);
  });
  it.each([{ year: 19.5 }, { year: 99 }, { year: 30000 }, { year: '2019' }, { venue: 'x'.repeat(501) }])('refuses %j', (extra) => {
    expect(paperSchemas().PaperDraft.safeParse({ ...base, ...extra }).success).toBe(false);
  });
});

describe('paperLinks: the one answer to where else a paper can be read', () => {
  const kinds = (paper: Parameters<typeof paperLinks>[0]) => paperLinks(paper).map((link) => [link.kind, link.href]);

  it('gives an arXiv paper its abstract, its Hugging Face page and its PDF', () => {
    expect(kinds({ id: 'arxiv:2310.04444' })).toEqual([
      ['arxiv', 'https://arxiv.org/abs/2310.04444'],
      ['hf', 'https://huggingface.co/papers/2310.04444'],
      ['pdf', 'https://arxiv.org/pdf/2310.04444'],
    ]);
  });

  it('gives an old-style arXiv id no Hugging Face page (there is none)', () => {
    expect(kinds({ id: 'arxiv:hep-th/9901001' }).map(([kind]) => kind)).toEqual(['arxiv', 'pdf']);
  });

  it('finds the arXiv id among the aliases, and links every other id it knows the page of', () => {
    expect(kinds({ id: 'doi:10.1000/xyz', aliases: ['arxiv:2310.04444', 'openreview:AbC-12_x', 'acl:2023.acl-long.1'] })).toEqual([
      ['arxiv', 'https://arxiv.org/abs/2310.04444'],
      ['hf', 'https://huggingface.co/papers/2310.04444'],
      ['pdf', 'https://arxiv.org/pdf/2310.04444'],
      ['doi', 'https://doi.org/10.1000/xyz'],
      ['openreview', 'https://openreview.net/forum?id=AbC-12_x'],
      ['acl', 'https://aclanthology.org/2023.acl-long.1/'],
    ]);
  });

  it('takes the record’s PDF when it is http(s), and never a javascript: one', () => {
    expect(kinds({ id: 'doi:10.1000/xyz', pdfUrl: 'https://example.org/p.pdf' })).toEqual([
      ['pdf', 'https://example.org/p.pdf'],
      ['doi', 'https://doi.org/10.1000/xyz'],
    ]);
    expect(kinds({ id: 'pmlr:v235/smith24a', pdfUrl: 'javascript:alert(1)' })).toEqual([]);
  });

  it('escapes what a DOI may hold (# ?) in its link, keeping its slashes', () => {
    expect(kinds({ id: 'doi:10.1002/(sici)1097#4?x' })).toEqual([['doi', 'https://doi.org/10.1002/(sici)1097%234%3Fx']]);
  });
});
