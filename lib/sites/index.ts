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

// Compiled on first use, each pattern with its host: WXT's matcher (the authority) is asked only for the patterns of
// the page's own host, as it parses the URL and compiles regexes on every test.
interface Compiled {
  adapter: SiteAdapter;
  patterns: { host: string | undefined; matcher: MatchPattern }[];
}
let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  compiled ??= adapters.map((adapter) => ({
    adapter,
    patterns: adapter.matches.map((pattern) => ({
      // `https://dblp.org/pid/*` → `dblp.org`; a wildcard host is left to the matcher.
      host: /^[a-z*]+:\/\/([^/*]+)\//.exec(pattern)?.[1],
      matcher: new MatchPattern(pattern),
    })),
  }));
  return compiled;
}

let last: { href: string; adapters: readonly SiteAdapter[] } | undefined;

/**
 * The adapters whose match patterns cover this URL. Asked on every scan and every batch of page mutations, for the
 * URL of the page, which rarely changes: the answer for the last URL is kept (WXT's matcher parses the URL and
 * compiles its regexes on each test).
 */
export function adaptersFor(url: URL | string): readonly SiteAdapter[] {
  // A string, not a URL: the matcher tests `instanceof Location`, which does not exist outside a page.
  const href = String(url);
  if (last?.href !== href) {
    let host: string | undefined;
    try {
      host = new URL(href).host;
    } catch {
      host = undefined;
    }
    const covers = ({ host: own, matcher }: Compiled['patterns'][number]) => (own === undefined || own === host) && matcher.includes(href);
    const adapters = compile()
      .filter(({ patterns }) => patterns.some(covers))
      .map(({ adapter }) => adapter);
    last = { href, adapters: Object.freeze(adapters) };
  }
  return last.adapters;
}

export type { Card, PageKind, PageRead, SiteAdapter } from './types';
