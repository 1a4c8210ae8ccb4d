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

export interface TagSuggestion {
  tag: string;
  count: number;
}

/**
 * Tags to offer while typing: ones the paper lacks, those starting with the query before those merely containing
 * it, most used first within each group.
 */
export function suggestTags(all: readonly TagSuggestion[], query: string, existing: readonly string[], limit = 8): TagSuggestion[] {
  const have = new Set(existing.map(tagKey));
  const q = tagKey(query);
  const candidates = all.filter((s) => !have.has(tagKey(s.tag)) && tagKey(s.tag).includes(q));
  const rank = (s: TagSuggestion) => (tagKey(s.tag).startsWith(q) ? 0 : 1);
  return candidates
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || b.s.count - a.s.count || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
}
