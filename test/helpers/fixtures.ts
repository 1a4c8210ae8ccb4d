import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

// A script that several fixture pages share stands once beside them, and each page loads it by a relative src
// (test/fixtures/semanticscholar/render.js). Served at a real site's URL that src would name a page of the site, so
// every reader of a fixture puts the script inline instead: the page the tests see is the page with its script.
const SHARED_SCRIPT = /<script src="([^"]+)" data-fixture-inline><\/script>/g;

/**
 * The text of a fixture (test/fixtures/…), its shared scripts inline. The one way the unit tests, the e2e specs
 * and their routes read a fixture page.
 */
export function fixture(path: string): string {
  const text = readFileSync(`${fixturesDir}${path}`, 'utf8');
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return text.replace(SHARED_SCRIPT, (_tag, src: string) => `<script>\n${readFileSync(`${fixturesDir}${dir}${src}`, 'utf8')}</script>`);
}
