// Synthetic papers for the bench: deterministic (seeded), varied enough that search and sort do real work.

const WORDS = (
  'attention transformer diffusion reinforcement learning language model vision multimodal reasoning agent ' +
  'benchmark scaling efficient sparse mixture experts retrieval augmented generation alignment preference ' +
  'optimization graph neural network contrastive self-supervised representation video speech audio robot ' +
  'policy planning tokenizer quantization distillation pruning inference latency memory long context ' +
  'segmentation detection 3d reconstruction gaussian splatting protein molecule code synthesis math proof ' +
  'theorem dataset evaluation safety robustness adversarial privacy federated causal uncertainty kernel'
).split(' ');
const GIVEN = 'Ana Wei Yuki Omar Lena Ravi Chen Sofia Mateo Aisha Jonas Priya Hugo Mei Ivan Zara Noah Lucia Kenji Amara'.split(' ');
const FAMILY =
  'Liu Zhang Smith Garcia Müller Rossi Kim Nguyen Patel Cohen Silva Novak Tanaka Okafor Dubois Kowalski Ahmed Larsen Costa Yilmaz'.split(
    ' ',
  );
export const TAGS = ['to-read', 'rl', 'vision', 'nlp', 'survey', 'reproduce', 'theory', 'agents'];
export const STATUSES = ['unread', 'reading', 'read'];

/** A small seeded PRNG (mulberry32): the same bench data on every run and machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const words = (rand, n) => Array.from({ length: n }, () => pick(rand, WORDS)).join(' ');
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** The arXiv number of the i-th bench paper: 2503.00001, 2503.00002, … (then 2504.…, five digits). */
export function arxivNumber(i) {
  const month = 3 + Math.floor(i / 99_999);
  return `25${String(month).padStart(2, '0')}.${String((i % 99_999) + 1).padStart(5, '0')}`;
}

/** What a page would show about the i-th paper (a PaperDraft: CONTRACT.md fields and more). */
export function paperDraft(i, seed = 1) {
  const rand = random(seed * 1_000_003 + i);
  const number = arxivNumber(i);
  const authors = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => `${pick(rand, GIVEN)} ${pick(rand, FAMILY)}`);
  return {
    id: `arxiv:${number}`,
    title: `${capitalise(words(rand, 4 + Math.floor(rand() * 6)))} (${i})`,
    authors,
    url: `https://arxiv.org/abs/${number}`,
    pdfUrl: `https://arxiv.org/pdf/${number}`,
    abstract: `${capitalise(words(rand, 40 + Math.floor(rand() * 40)))}.`,
    publishedAt: new Date(Date.UTC(2025, 2, 1) + i * 60_000).toISOString(),
    upvotes: Math.floor(rand() * 200),
  };
}

export function paperDrafts(count, seed = 1) {
  return Array.from({ length: count }, (_, i) => paperDraft(i, seed));
}

/** A full library record (a Paper) for the i-th paper: the draft plus tags, status, note and dates. */
export function paperRecord(i, seed = 1) {
  const draft = paperDraft(i, seed);
  const savedAt = Date.UTC(2025, 5, 1) + i * 1000;
  return {
    ...draft,
    tags: [TAGS[i % TAGS.length], ...(i % 3 === 0 ? [TAGS[(i + 3) % TAGS.length]] : [])],
    status: STATUSES[i % STATUSES.length],
    note: i % 10 === 0 ? `note on paper ${i}` : '',
    savedAt,
    updatedAt: savedAt,
  };
}

/** The JSON backup of CONTRACT.md holding `count` papers. */
export function jsonBackup(count, seed = 1) {
  const papers = Array.from({ length: count }, (_, i) => paperRecord(i, seed));
  return JSON.stringify({ format: 'paper-shelf', version: 1, exportedAt: new Date(Date.UTC(2026, 10, 1)).toISOString(), papers });
}
