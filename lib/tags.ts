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
