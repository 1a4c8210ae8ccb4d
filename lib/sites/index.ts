import { MatchPattern } from 'wxt/utils/match-patterns';
import { acl } from './acl';
import { alphaxiv } from './alphaxiv';
import { arxiv } from './arxiv';
import { cvf } from './cvf';
import { dblp } from './dblp';
import { huggingface } from './huggingface';
import { neurips } from './neurips';
import { openreview } from './openreview';
import { pmlr } from './pmlr';
import { scholar } from './scholar';
import { semanticscholar } from './semanticscholar';
import type { SiteAdapter } from './types';

/** Every supported site. Adding a site is adding its adapter here. */
export const adapters: readonly SiteAdapter[] = [
  huggingface,
  arxiv,
  openreview,
  acl,
  pmlr,
  neurips,
  cvf,
  scholar,
  dblp,
  semanticscholar,
  alphaxiv,
];

/** Match patterns of every adapter: the content script's matches and the manifest's host permissions. */
export const siteMatches: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

// Compiled once: the content script asks on every scan.
const compiled = adapters.map((adapter) => ({ adapter, patterns: adapter.matches.map((p) => new MatchPattern(p)) }));

/** The adapters whose match patterns cover this URL. */
export function adaptersFor(url: URL | string): SiteAdapter[] {
  // A string, not a URL: the matcher tests `instanceof Location`, which does not exist outside a page.
  const href = String(url);
  return compiled.filter(({ patterns }) => patterns.some((pattern) => pattern.includes(href))).map(({ adapter }) => adapter);
}

export type { Card, PageKind, PageRead, SiteAdapter } from './types';
