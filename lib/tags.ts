import { compareText } from './text';

/** Tags are trimmed, single-spaced, and unique without regard to case; multi-word tags are fine. */
export function normalizeTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim();
}

export function tagKey(tag: string): string {
  return normalizeTag(tag).toLocaleLowerCase();
}

/** Normalized tags with empties and case-insensitive duplicates dropped; the first spelling wins. */
export function uniqueTags(tags: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (tag && !byKey.has(tag.toLocaleLowerCase())) byKey.set(tag.toLocaleLowerCase(), tag);
  }
  return [...byKey.values()];
}

/** `tags` plus `added`, keeping existing spellings. */
export function withTags(tags: readonly string[], added: Iterable<string>): string[] {
  return uniqueTags([...tags, ...added]);
}

/** `tags` minus every tag in `removed`, compared without case. */
export function withoutTags(tags: readonly string[], removed: Iterable<string>): string[] {
  const drop = new Set([...removed].map(tagKey));
  return tags.filter((tag) => !drop.has(tagKey(tag)));
}

/** A tag with the number of papers carrying it (a wire type too: lib/protocol.ts re-exports it). */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * The one tally of tags: each tag (any case, the first spelling met wins) with the number of times it occurs,
 * most used first, then by name in the reader's order (`compareText`).
 */
export function tallyTags(tags: Iterable<string>): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const tag of tags) {
    const key = tagKey(tag);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { tag, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

/**
 * Tags to offer while typing: ones the paper lacks, those starting with the query before those merely containing
 * it, most used first within each group.
 */
export function suggestTags(all: readonly TagCount[], query: string, existing: readonly string[], limit = 8): TagCount[] {
  const have = new Set(existing.map(tagKey));
  const q = tagKey(query);
  const candidates = all.filter((s) => !have.has(tagKey(s.tag)) && tagKey(s.tag).includes(q));
  const rank = (s: TagCount) => (tagKey(s.tag).startsWith(q) ? 0 : 1);
  return candidates
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || b.s.count - a.s.count || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
}
