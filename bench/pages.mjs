// Large listing pages generated at run time, in the markup of the real pages (nothing big is committed):
// Hugging Face after test/fixtures/huggingface/papers-date-2025-03-04.html, arXiv after the /list capture
// in ../shared/pages (dt/dd pairs in several dl#articles sections).
// Images are loading="lazy": 5,000 offscreen thumbnails and avatars would each be a request the bench's offline
// router must answer while the content script works; the few in view still load (and 404) as on a real visit.
import { paperDraft } from './data.mjs';

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function hfCard(paper) {
  const number = paper.id.slice('arxiv:'.length);
  const avatars = paper.authors
    .slice(0, 4)
    .map(
      (name, k) =>
        `<li title="${escapeHtml(name)}" class="-mr-2 h-4 w-4 overflow-hidden rounded-full md:h-5 md:w-5"><img loading="lazy" src="https://cdn-avatars.huggingface.co/v1/production/uploads/${k}.png" alt=""></li>`,
    )
    .join('');
  return `<div class=""><article class="relative flex flex-col overflow-hidden rounded-xl border">
<a href="/papers/${number}" class="shadow-alternate-sm peer relative block h-56 w-full cursor-pointer overflow-hidden rounded-xl bg-white md:h-64"><img loading="lazy" src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${number}.png" class="absolute inset-0 h-full w-full object-cover" alt=""></a>
<div class="from-gray-50-to-white -mt-2 bg-gradient-to-b px-6 pb-6 pt-8"><div class="flex items-start space-x-3.5">
<div class="shadow-alternate flex h-14 w-12 flex-none cursor-pointer select-none flex-col items-center justify-center self-start rounded-xl border-gray-300 bg-white"><input type="checkbox" class="peer hidden"><svg class="text-sm" width="1em" height="1em" viewBox="0 0 12 12"><path fill="currentColor" d="M5.19 2.67a.94.94 0 0 1 1.62 0l3.31 5.72a.94.94 0 0 1-.82 1.4H2.7a.94.94 0 0 1-.82-1.4l3.31-5.7v-.02Z"></path></svg><div class="leading-none">${paper.upvotes}</div></div>
<div class="w-full"><h3 class="mb-1 text-lg font-semibold leading-[1.2] hover:underline peer-hover:underline md:text-2xl"><a href="/papers/${number}" class="line-clamp-3 cursor-pointer text-balance">${escapeHtml(paper.title)}</a></h3>
<div class="flex items-center justify-between text-sm text-gray-500"><a href="/papers/${number}" class="flex items-center"><ul class="flex items-center flex-row-reverse text-sm">${avatars}</ul><div class="ml-3.5 mt-1 text-gray-500">· ${paper.authors.length} authors</div></a>
<div class="flex items-center"><a href="/papers/${number}#community" class="flex items-center rounded-lg px-2 py-1 hover:bg-gray-100"><svg class="mr-1" width="1em" height="1em" viewBox="0 0 32 32"></svg>2</a></div></div></div>
</div></div></article></div>`;
}

function hfEntry(paper) {
  const number = paper.id.slice('arxiv:'.length);
  return {
    paper: {
      id: number,
      authors: paper.authors.map((name, k) => ({ _id: `a${k}`, name, hidden: false })),
      publishedAt: paper.publishedAt,
      title: paper.title,
      summary: paper.abstract,
      upvotes: paper.upvotes,
    },
    publishedAt: paper.publishedAt,
    title: paper.title,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${number}.png`,
    numComments: 2,
    submittedBy: { name: 'akhaliq', fullname: 'AK' },
  };
}

/**
 * One day of Hugging Face Daily Papers: its data-props JSON and its cards' markup, papers offset…offset+count-1
 * (a client-side navigation to another day replaces both, see bench/cases/memory.mjs).
 */
export function huggingFaceDay(count, date, offset = 0) {
  const papers = Array.from({ length: count }, (_, i) => paperDraft(offset + i));
  const props = { dailyPapers: papers.map(hfEntry), date, lastDate: date, nextDate: date, previousDate: date };
  return { props: JSON.stringify(props), cards: papers.map(hfCard).join('\n') };
}

/** A Hugging Face Daily Papers list page with `count` cards and its DailyPapers data-props JSON. */
export function huggingFaceList(count, date = '2025-03-04', offset = 0) {
  const { props, cards } = huggingFaceDay(count, date, offset);
  return `<!doctype html>
<html class="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>Daily Papers - Hugging Face</title>
<meta property="og:url" content="https://huggingface.co/papers/date/${date}">
<style>body{font-family:sans-serif;margin:0} .grid{display:grid;grid-template-columns:1fr 1fr;gap:3rem}</style>
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black PapersPage">
<div class="flex min-h-dvh flex-col">
<header class="border-b border-gray-100"><nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center space-x-1.5"><li><a href="/models">Models</a></li><li><a href="/datasets">Datasets</a></li><li><a href="/papers">Papers</a></li></ul></nav></header>
<main class="flex flex-1 flex-col">
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${escapeHtml(props)}">
<section class="container relative mb-20 mt-8 md:mt-14">
<div class="mb-10 flex items-center"><h1 class="text-2xl font-bold md:text-3xl">Daily Papers</h1><div class="ml-3 text-gray-500">by <a href="/akhaliq">AK</a> and the research community</div></div>
<div class="grid relative grid-cols-1 gap-14 lg:grid-cols-2">
${cards}
</div>
</section>
</div>
</main>
</div>
</body>
</html>`;
}

function arxivEntry(paper, item, note) {
  const number = paper.id.slice('arxiv:'.length);
  const authors = paper.authors
    .map((name) => {
      const query = encodeURIComponent(name.split(' ').reverse().join(',+')).replace(/%2C%2B/g, ',+');
      return `<a href="https://arxiv.org/search/cs?searchtype=author&amp;query=${query}">${escapeHtml(name)}</a>`;
    })
    .join(', ');
  return `    <dt>
      <a name='item${item}'>[${item}]</a>
      <a href ="/abs/${number}" title="Abstract" id="${number}">
        arXiv:${number}
      </a>
      ${note}
        [<a href="/pdf/${number}" title="Download PDF" id="pdf-${number}" aria-labelledby="pdf-${number}">pdf</a>, <a href="https://arxiv.org/html/${number}v1" title="View HTML" id="html-${number}" aria-labelledby="html-${number}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/${number}" title="Other formats" id="oth-${number}" aria-labelledby="oth-${number}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${escapeHtml(paper.title)}
        </div>
        <div class='list-authors'>${authors}</div>

        <div class='list-comments mathjax'><span class='descriptor'>Comments:</span>
          12 pages, 4 figures
        </div>


        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">Machine Learning (cs.LG)</span>; Artificial Intelligence (cs.AI)
        </div>

        <p class='mathjax'>
          ${escapeHtml(paper.abstract)}
        </p>
      </div>
    </dd>`;
}

/** An arXiv /list/cs.LG/new page with `count` entries (show=2000): new, cross-list and replacement sections. */
export function arxivList(count) {
  const papers = Array.from({ length: count }, (_, i) => paperDraft(i, 2));
  const sizes = [Math.round(count * 0.6), Math.round(count * 0.15)];
  sizes.push(count - sizes[0] - sizes[1]);
  const sections = [
    ['New submissions', ''],
    ['Cross submissions', '(cross-list from cs.AI)'],
    ['Replacement submissions', '(replaced)'],
  ];
  let start = 0;
  const dls = sections.map(([heading, note], s) => {
    const slice = papers.slice(start, start + sizes[s]);
    const entries = slice.map((paper, k) => arxivEntry(paper, start + k + 1, note)).join('\n');
    start += sizes[s];
    return `      <dl id='articles'>
    <h3>${heading} (showing ${slice.length} of ${slice.length} entries)</h3>
${entries}
</dl>`;
  });
  return `<!DOCTYPE html>
<html lang="en">

<head><script>document.documentElement.classList.add('js');</script>  <title>Machine Learning  </title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20260318" />
</head>

<body ><div class="flex-wrap-footer">
    <a href="#content" class="ds-skip-link">Skip to main content</a>
<header class="ds-site-header">
  <a href="https://arxiv.org/" class="ds-site-header-logo" aria-label="archive home">
    <img src="/static/base/1.0.1/images/arxiv-logo-primary-light.svg" alt="archive">
  </a>
</header>
    <main>
      <div id="content">
<div id='content-inner'>
<div id='dlpage'>
  <h1>Machine Learning</h1>

<ul>
  <li><a href="#item0">New submissions</a></li>
  <li><a href="#item${sizes[0] + 1}">Cross-lists</a></li>
  <li><a href="#item${sizes[0] + sizes[1] + 1}">Replacements</a></li>
</ul>

<h3>Showing new listings for Tuesday, 4 March 2025</h3>

      <div class='paging'>Total of ${count} entries 
    </div>
    <div class='morefewer'>Showing up to 2000 entries per page:
          <a href=/list/cs.LG/new?skip=0&amp;show=1000 rel="nofollow">
      fewer</a>
 |
          <span style="color: #454545">more</span>
 |
          <span style="color: #454545">all</span>

    </div>

${dls.join('\n\n')}

      <div class='paging'>Total of ${count} entries 
    </div>
</div>
</div>      </div>
    </main>
</div>
</body>

</html>`;
}
