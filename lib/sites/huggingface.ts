import { z } from 'zod/mini';
import { cleanText, type PaperDraft, paperIdFromUrl } from '../paper';
import type { Card, SiteAdapter } from './types';

// The page embeds its data as JSON in a Svelte hydration block; every field may be missing.
const HfAuthor = z.object({ name: z.optional(z.string()) });
const HfPaper = z.object({
  id: z.string(),
  title: z.optional(z.string()),
  summary: z.optional(z.string()),
  authors: z.optional(z.array(HfAuthor)),
  publishedAt: z.optional(z.string()),
  upvotes: z.optional(z.number()),
  githubRepo: z.optional(z.nullable(z.string())),
});
type HfPaper = z.infer<typeof HfPaper>;
// Each entry is checked on its own, so one malformed entry does not hide the others.
const DailyPapersProps = z.object({ dailyPapers: z.optional(z.array(z.unknown())) });
const WithPaper = z.object({ paper: z.unknown() });

const ORIGIN = 'https://huggingface.co';

/** The papers of every `data-target` block on the page, by canonical id; malformed entries are ignored. */
export function embeddedPapers(doc: Document): Map<string, HfPaper> {
  const byId = new Map<string, HfPaper>();
  const add = (raw: unknown) => {
    const parsed = HfPaper.safeParse(raw);
    if (!parsed.success) return;
    const id = paperIdFromUrl(`${ORIGIN}/papers/${parsed.data.id}`);
    if (id && !byId.has(id)) byId.set(id, parsed.data);
  };
  for (const block of doc.querySelectorAll('[data-target="DailyPapers"], [data-target="PaperContent"]')) {
    const json = parseJson(block.getAttribute('data-props'));
    const daily = DailyPapersProps.safeParse(json);
    const entries = daily.success ? (daily.data.dailyPapers ?? []) : [];
    for (const entry of [json, ...entries]) {
      const holder = WithPaper.safeParse(entry);
      if (holder.success) add(holder.data.paper);
    }
  }
  return byId;
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function draftFor(id: string, data: HfPaper | undefined, shown: { title: string; authors: string[] }, page: URL): PaperDraft {
  const number = id.slice('arxiv:'.length);
  const authors = data?.authors?.map((a) => cleanText(a.name)).filter(Boolean) ?? [];
  const draft: PaperDraft = {
    id,
    title: cleanText(data?.title) || shown.title,
    authors: authors.length > 0 ? authors : shown.authors,
    url: `https://arxiv.org/abs/${number}`,
    pdfUrl: `https://arxiv.org/pdf/${number}`,
    source: { site: 'huggingface', page: page.pathname + page.search, url: page.href },
  };
  const abstract = cleanText(data?.summary);
  if (abstract) draft.abstract = abstract;
  if (data?.publishedAt) draft.publishedAt = data.publishedAt;
  if (typeof data?.upvotes === 'number') draft.upvotes = data.upvotes;
  if (data?.githubRepo) draft.githubRepo = data.githubRepo;
  return draft;
}

/** `/papers/<id>` of a single paper page, as a canonical id; null on list pages. */
function singlePaperId(url: URL): string | null {
  if (!/^\/papers\/[^/]+\/?$/.test(url.pathname)) return null;
  return paperIdFromUrl(url);
}

function findListCards(doc: Document, page: URL, data: Map<string, HfPaper>, stats: { skipped: number }): Card[] {
  const cards: Card[] = [];
  const seen = new Set<string>();
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return cards;
  for (const article of root.querySelectorAll('article')) {
    const link = article.querySelector('h3 a[href^="/papers/"], h3 a[href^="https://huggingface.co/papers/"]');
    const heading = link?.closest('h3');
    const id = link ? paperIdFromUrl(link.getAttribute('href') ?? '', ORIGIN) : null;
    if (!link || !heading || !id || seen.has(id)) {
      stats.skipped++;
      continue;
    }
    seen.add(id);
    const authors = [...article.querySelectorAll('li[title]')].map((li) => cleanText(li.getAttribute('title'))).filter(Boolean);
    cards.push({
      paper: draftFor(id, data.get(id), { title: cleanText(link.textContent), authors }, page),
      anchor: heading,
      placement: 'after',
    });
  }
  return cards;
}

function findPaperPageCard(doc: Document, page: URL, id: string, data: Map<string, HfPaper>): Card[] {
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  if (!heading) return [];
  return [
    {
      paper: draftFor(id, data.get(id), { title: cleanText(heading.textContent), authors: [] }, page),
      anchor: heading,
      placement: 'after',
    },
  ];
}

export const huggingface: SiteAdapter = {
  name: 'huggingface',
  matches: ['https://huggingface.co/papers*'],
  findCards(doc, url) {
    const stats = { skipped: 0 };
    const data = embeddedPapers(doc);
    const single = singlePaperId(url);
    const cards = single ? findPaperPageCard(doc, url, single, data) : findListCards(doc, url, data, stats);
    if (stats.skipped > 0) console.debug(`[paper-shelf] huggingface: skipped ${stats.skipped} unreadable card(s)`);
    return cards;
  },
};
