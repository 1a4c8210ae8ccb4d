/**
 * The venue sites' fixture pages (test/fixtures/<site>/), the real URL each stands for, and the ids of its cards in
 * page order (each card's best id, as its control's data-paper-shelf holds it). Shared by the fuzz test and the
 * e2e spec; the unit tests of each adapter check every field of these cards.
 */
export const VENUE_PAGES: { url: string; path: string; ids: string[] }[] = [
  {
    url: 'https://openreview.net/submissions?venue=NeurIPS.cc%2F2025%2FConference',
    path: 'openreview/submissions-NeurIPS2025.html',
    ids: ['openreview:RxWILaXuhb', 'openreview:LPUr2CexmX', 'openreview:lClK4uBxSG', 'openreview:nZ4mFzCZIx'],
  },
  {
    url: 'https://openreview.net/group?id=ICLR.cc/2025/Conference',
    path: 'openreview/group-ICLR2025-Conference.html',
    ids: ['arxiv:2503.01785', 'openreview:hT2Km8WqLp'],
  },
  { url: 'https://openreview.net/forum?id=hT2Km8WqLp', path: 'openreview/forum-hT2Km8WqLp.html', ids: ['openreview:hT2Km8WqLp'] },
  {
    url: 'https://aclanthology.org/events/acl-2024/',
    path: 'acl/events-acl-2024.html',
    ids: ['acl:2024.acl-long.1', 'acl:2024.acl-long.2', 'acl:2024.findings-acl.1'],
  },
  { url: 'https://aclanthology.org/volumes/N19-1/', path: 'acl/volume-N19-1.html', ids: ['acl:N19-1001', 'acl:N19-1423'] },
  { url: 'https://aclanthology.org/N19-1423/', path: 'acl/paper-N19-1423.html', ids: ['doi:10.18653/v1/n19-1423'] },
  {
    url: 'https://proceedings.mlr.press/v235/',
    path: 'pmlr/v235.html',
    ids: ['openreview:AZWqXfM6z9', 'openreview:9U29U3cDKq', 'pmlr:v235/zhou24x'],
  },
  { url: 'https://proceedings.mlr.press/v235/abe24a.html', path: 'pmlr/v235-abe24a.html', ids: ['openreview:9U29U3cDKq'] },
  {
    url: 'https://papers.nips.cc/paper_files/paper/2023',
    path: 'neurips/book-2023.html',
    ids: [
      'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
      'neurips:2023/00296c0e10cd24d415c2db63ea2a2c68',
      'neurips:2023/00ba06ba5c324efdfb068865ca44cf0b',
    ],
  },
  {
    url: 'https://papers.nips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html',
    path: 'neurips/abstract-0001ca33.html',
    ids: ['neurips:2023/0001ca33ba34ce0351e4612b744b3936'],
  },
  {
    url: 'https://openaccess.thecvf.com/CVPR2017',
    path: 'cvf/CVPR2017.html',
    ids: ['arxiv:1609.05600', 'arxiv:1608.06049', 'cvf:CVPR2017/Trigeorgis_Face_Normals_In-The-Wild'],
  },
  {
    url: 'https://openaccess.thecvf.com/CVPR2024?day=2024-06-19',
    path: 'cvf/CVPR2024-day-2024-06-19.html',
    ids: ['arxiv:2310.03744', 'cvf:CVPR2024/Chen_Sparse_Voxel_Fields'],
  },
  {
    url: 'https://openaccess.thecvf.com/content/CVPR2024/html/Liu_Improved_Baselines_with_Visual_Instruction_Tuning_CVPR_2024_paper.html',
    path: 'cvf/paper-Liu_Improved_Baselines.html',
    ids: ['arxiv:2310.03744'],
  },
  {
    url: 'https://scholar.google.com/scholar?q=visual+reinforcement+fine-tuning&hl=en',
    path: 'scholar/scholar-q-visual-rft.html',
    ids: ['arxiv:2503.01785', 'doi:10.1145/1930464.1930480', 'scholar:3885100108290384890', 'scholar:15801554877513113826'],
  },
  {
    url: 'https://scholar.google.com/citations?user=ZyX1aBcAAAAJ&hl=en',
    path: 'scholar/citations-user-ZyX1aBcAAAAJ.html',
    ids: ['scholar:11234567890123456789', 'scholar:4242424242424242424'],
  },
  {
    url: 'https://dblp.org/pid/99/9999.html',
    path: 'dblp/pid-99-9999.html',
    ids: [
      'cvf:ICCV2025/Liu_Visual-RFT_Visual_Reinforcement_Fine-Tuning',
      'arxiv:2503.01785',
      'doi:10.1109/tpami.2023.3241234',
      'doi:10.1109/iccv51070.2023.00420',
      'doi:10.18653/v1/2022.acl-long.12',
    ],
  },
  {
    url: 'https://dblp.org/db/conf/iclr/iclr2014.html',
    path: 'dblp/db-conf-iclr-iclr2014.html',
    ids: ['arxiv:1312.6114', 'arxiv:1312.6199', 'arxiv:1312.4400', 'dblp:conf/iclr/DoeR14', 'openreview:kKw2lDq2Yq'],
  },
  {
    url: 'https://dblp.org/search?q=visual+rft',
    path: 'dblp/search-q-visual-rft.html',
    ids: ['cvf:ICCV2025/Liu_Visual-RFT_Visual_Reinforcement_Fine-Tuning', 'arxiv:2503.01785'],
  },
  { url: 'https://dblp.org/rec/conf/cvpr/HeZRS16.html', path: 'dblp/rec-conf-cvpr-HeZRS16.html', ids: ['doi:10.1109/cvpr.2016.90'] },
  {
    url: 'https://dblp.org/rec/journals/corr/abs-2503-01785.html',
    path: 'dblp/rec-journals-corr-abs-2503-01785.html',
    ids: ['arxiv:2503.01785'],
  },
  {
    url: 'https://www.semanticscholar.org/search?q=visual%20reinforcement%20fine-tuning',
    path: 'semanticscholar/search-q-visual-rft.html',
    ids: ['arxiv:2503.01785', 'doi:10.1109/iccv51070.2023.00420', 's2:0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'],
  },
  {
    url: 'https://www.semanticscholar.org/author/Ziyu-Liu/2261234567',
    path: 'semanticscholar/author-Ziyu-Liu-2261234567.html',
    ids: ['arxiv:2503.01785', 'doi:10.1109/iccv51070.2023.00420', 's2:0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'],
  },
  {
    url: 'https://www.semanticscholar.org/paper/Sparse-Routing-in-Mixture-of-Experts-Vision-Models-Liu-Garcia/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
    path: 'semanticscholar/paper-Sparse-Routing-9e8d7c6b.html',
    ids: ['doi:10.1109/iccv51070.2023.00420', 'arxiv:2503.01785'],
  },
  {
    url: 'https://www.alphaxiv.org/explore',
    path: 'alphaxiv/explore.html',
    ids: ['arxiv:2503.01785', 'arxiv:2310.03744', 'arxiv:hep-th/9901001'],
  },
  { url: 'https://www.alphaxiv.org/abs/2503.01785', path: 'alphaxiv/abs-2503.01785.html', ids: ['arxiv:2503.01785'] },
];
