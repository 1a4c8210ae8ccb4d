// The rules docs/ARCHITECTURE.md states about the code's shape, checked on the sources (as refined-github checks
// that every feature is registered and tested). A rule that fails here names the file and the import that break it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites/catalog';
import { adapters, adaptersFor } from '@/lib/sites/index';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(relative));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative);
  }
  return out;
}

const FILES = SOURCE_DIRS.flatMap(sourceFiles).sort();
const TEXT = new Map(FILES.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')]));

// Static imports and re-exports, type-only ones included: a cycle of types is still a cycle to read.
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** A module specifier as a project file (`lib/paper.ts`), or the package it names (`wxt/browser`). */
function resolve(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = bare.slice(2);
  else if (bare.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  else return bare;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

const IMPORTS = new Map(
  FILES.map((file) => {
    const text = TEXT.get(file) ?? '';
    const specifiers = [...text.matchAll(IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] ?? '');
    return [file, [...new Set(specifiers.map((s) => resolve(file, s)))]];
  }),
);

/** Every import of a file under `from` that `allowed` refuses, as "file → import". */
function violations(from: (file: string) => boolean, allowed: (target: string, file: string) => boolean): string[] {
  return FILES.filter(from).flatMap((file) =>
    (IMPORTS.get(file) ?? []).filter((target) => !allowed(target, file)).map((target) => `${file} → ${target}`),
  );
}

const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);
const isPackage = (target: string) => !/\.(tsx?|css)$/.test(target);

// The adapter files: every file of lib/sites/ but the shared helpers, the registry and the catalog.
const SITE_HELPERS = new Set(['cards', 'dom', 'types', 'index', 'catalog']);
const ADAPTER_FILES = FILES.filter((f) => /^lib\/sites\/[^/]+\.ts$/.test(f))
  .map((f) => path.basename(f, '.ts'))
  .filter((name) => !SITE_HELPERS.has(name));

describe('every site is a complete adapter', () => {
  it('every adapter file is registered, under the name of its file, and in the catalog in the same order', () => {
    expect(adapters.map((a) => a.name).sort()).toEqual([...ADAPTER_FILES].sort());
    expect(SITES.map((s) => s.name)).toEqual(adapters.map((a) => a.name));
  });

  it.each(SITES)('the catalog sends people to a page of $label that its adapter covers', ({ name, start }) => {
    expect(adaptersFor(start).map((a) => a.name)).toContain(name);
  });

  it.each(ADAPTER_FILES)('%s has fixture pages in test/fixtures/ and a unit test that reads them', (name) => {
    const fixtures = path.join(ROOT, 'test/fixtures', name);
    expect(fs.existsSync(fixtures), `test/fixtures/${name}/`).toBe(true);
    expect(fs.readdirSync(fixtures).filter((f) => f.endsWith('.html')).length, `pages in test/fixtures/${name}/`).toBeGreaterThan(0);
    const tests = fs.readdirSync(path.join(ROOT, 'test/unit/sites')).filter((f) => f.endsWith('.test.ts'));
    const testing = tests.filter((f) => {
      const text = fs.readFileSync(path.join(ROOT, 'test/unit/sites', f), 'utf8');
      return new RegExp(`from '@/lib/sites/${name}'`).test(text) && text.includes(`${name}/`);
    });
    expect(testing, `a test in test/unit/sites/ importing lib/sites/${name} and reading test/fixtures/${name}/`).not.toEqual([]);
  });
});

describe('no site is known outside lib/sites/ (and the id schemes)', () => {
  // The layers that must work the same on every site: they never branch on a site or name its host.
  const SITE_AGNOSTIC = (file: string) =>
    !file.startsWith('lib/sites/') && !file.startsWith('lib/import/') && !file.startsWith('lib/export/') && file !== 'lib/paper.ts';
  const hosts = [...new Set(adapters.flatMap((a) => a.matches.map((m) => new URL(m.replace(/\*/g, 'x')).hostname)))];
  const names = adapters.map((a) => a.name);

  it('knows the hosts and names it looks for', () => {
    expect(hosts).toContain('huggingface.co');
    expect(names).toContain('arxiv');
  });

  it('no host of a supported site and no adapter name in a string outside lib/sites/', () => {
    const found: string[] = [];
    for (const file of FILES.filter(SITE_AGNOSTIC)) {
      // Comments may name sites; code may not.
      const code = (TEXT.get(file) ?? '').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const host of hosts) if (code.includes(host)) found.push(`${file}: ${host}`);
      for (const name of names) if (new RegExp(`['"\`]${name}['"\`]`).test(code)) found.push(`${file}: '${name}'`);
    }
    expect(found).toEqual([]);
  });
});

describe('imports go one way', () => {
  it('lib/ imports neither components/ nor entrypoints/ nor preact, but lib/content/, the one UI layer in lib/', () => {
    expect(
      violations(
        (f) => under('lib')(f) && !under('lib/content')(f),
        (t) => !t.startsWith('components/') && !t.startsWith('entrypoints/') && !/^preact/.test(t),
      ),
    ).toEqual([]);
  });

  it('components/ import no entrypoint and not the content layer', () => {
    expect(violations(under('components'), (t) => !t.startsWith('entrypoints/') && !t.startsWith('lib/content/'))).toEqual([]);
  });

  it('an entrypoint imports only its own folder among the entrypoints', () => {
    expect(violations(under('entrypoints'), (t, f) => !t.startsWith('entrypoints/') || path.dirname(t) === path.dirname(f))).toEqual([]);
  });

  it('lib/sites/ reads pages with nothing but the paper model, the text rules and itself (no zod: the content script ships without it)', () => {
    const allowed = new Set(['lib/paper.ts', 'lib/text.ts', 'wxt/utils/match-patterns']);
    expect(violations(under('lib/sites'), (t) => t.startsWith('lib/sites/') || allowed.has(t))).toEqual([]);
  });

  it('in lib/, only lib/messages.ts (the request side) touches the browser API', () => {
    expect(
      violations(
        (f) => under('lib')(f) && f !== 'lib/messages.ts',
        (t) => !t.startsWith('wxt/browser') && t !== 'webextension-polyfill',
      ),
    ).toEqual([]);
  });

  it('the formats (lib/export/, lib/import/) are pure: no database, no browser, no messages', () => {
    const refused = (t: string) => ['dexie', 'wxt/browser', 'lib/db.ts', 'lib/messages.ts', 'lib/library.ts'].includes(t);
    expect(
      violations(
        (f) => under('lib/export')(f) || under('lib/import')(f),
        (t) => !refused(t),
      ),
    ).toEqual([]);
  });

  it('no source imports tests or the bench', () => {
    expect(
      violations(
        () => true,
        (t) => !t.startsWith('test/') && !t.startsWith('bench/'),
      ),
    ).toEqual([]);
  });

  it('every import resolves to a project file or a declared dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const packageOf = (t: string) => (t.startsWith('@') ? t.split('/').slice(0, 2).join('/') : (t.split('/')[0] ?? t));
    expect(
      violations(
        () => true,
        (t) => !isPackage(t) || declared.has(packageOf(t)),
      ),
    ).toEqual([]);
  });
});

/** Every cycle met in a depth-first walk of `graph`, each as "a → b → a". */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('no import cycles', () => {
  it('the import graph of lib/, components/ and entrypoints/ has no cycle, type-only imports included', () => {
    expect(findCycles(IMPORTS)).toEqual([]);
  });

  it('the search reports a ring and a self-import, and not a diamond', () => {
    const graph = new Map([
      ['a', ['b', 'd']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['f', 'g']],
      ['f', ['h']],
      ['g', ['h']],
      ['h', []],
    ]);
    expect(findCycles(graph)).toEqual(['a → b → c → a', 'd → d']);
  });
});
