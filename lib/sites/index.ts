import { MatchPattern } from 'wxt/utils/match-patterns';
import { huggingface } from './huggingface';
import type { SiteAdapter } from './types';

/** Every supported site. Adding a site is adding its adapter here. */
export const adapters: readonly SiteAdapter[] = [huggingface];

/** Match patterns of every adapter: the content script's matches and the manifest's host permissions. */
export const siteMatches: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

/** The adapters whose match patterns cover this URL. */
export function adaptersFor(url: URL | string): SiteAdapter[] {
  return adapters.filter((adapter) => adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
}

export type { Card, SiteAdapter } from './types';
