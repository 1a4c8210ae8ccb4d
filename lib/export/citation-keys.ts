import type { Paper } from '@/lib/paper';
import { publicationDate, splitName } from './fields';

// Words a key skips when it picks the first word of the title, as Google Scholar does.
const STOPWORDS = new Set(
  'a an the on of in for and or to with from by at as is are via towards toward do does can we what how why when'.split(' '),
);

/** Letters and digits only, accents folded (Müller → muller, Łukasz → lukasz), lowercase. */
export function asciiWord(text: string): string {
  // Names and title words recur across a library: each is folded once.
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size > 50_000) folded.clear();
  const word = foldWord(text);
  folded.set(text, word);
  return word;
}

const folded = new Map<string, string>();

function foldWord(text: string): string {
  // Already plain ASCII letters and digits: only the case to fold.
  if (/^[A-Za-z0-9]*$/.test(text)) return text.toLowerCase();
  return text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

// A title's words: what lies between white space, dashes, colons and slashes.
const TITLE_WORD = /[^\s\-–—:/]+/g;

// Reads and folds words only until the first significant one: titles are long, a key needs one word.
function firstSignificantWord(title: string): string {
  let fallback = '';
  TITLE_WORD.lastIndex = 0;
  for (let word = TITLE_WORD.exec(title); word; word = TITLE_WORD.exec(title)) {
    const folded = asciiWord(word[0]);
    if (!folded) continue;
    if (!STOPWORDS.has(folded)) return folded;
    fallback ||= folded;
  }
  return fallback;
}

/** `vaswani2017attention`: first author's family name, year, first significant title word. */
export function baseCitationKey(paper: Paper): string {
  const first = paper.authors[0];
  const family = first ? asciiWord(splitName(first).family) : '';
  const year = publicationDate(paper)?.year ?? '';
  const word = firstSignificantWord(paper.title);
  const key = `${family || 'anon'}${year}${word}`;
  return /^[a-z]/.test(key) ? key : `p${key}`;
}

function letters(n: number): string {
  // 0 → a, 25 → z, 26 → aa …
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

/**
 * A unique key per paper. Papers sharing a base key get a, b, c… in the order of their ids, so a paper's key
 * does not depend on the order of the export, only on which papers collide with it.
 */
export function citationKeys(papers: readonly Paper[]): Map<string, string> {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const base = baseCitationKey(paper);
    const group = groups.get(base);
    if (group) group.push(paper);
    else groups.set(base, [paper]);
  }
  const keys = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [base, group] of groups) {
    if (group.length === 1 && group[0]) {
      keys.set(group[0].id, base);
      continue;
    }
    // Sorted in place: the groups are this function's own arrays.
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let n = 0;
    for (const paper of group) {
      let key = `${base}${letters(n++)}`;
      // A suffixed key may equal another paper's base key (smith2020a…); skip to the next free one.
      while (taken.has(key)) key = `${base}${letters(n++)}`;
      taken.add(key);
      keys.set(paper.id, key);
    }
  }
  return keys;
}
