// `npm run bench`: measures the built extension in headless Chromium, case by case, each next to a baseline
// of what the browser alone needs for the same work. Prints a table and writes bench-results.json.
//   PAPER_SHELF_OUT  build directory (default .output, as `npm run build` makes it)
//   CHROMIUM_PATH    Chromium binary (default /usr/bin/chromium)
//   BENCH_RUNS       timed runs per case after the warm-up (default 9, at least 7)
//   BENCH_DEBUG      print the stack of a failed case
//   --readme[=path]  also write the table into README.md (or path) between <!-- bench:start --> and <!-- bench:end -->
//   --only=<prefix>  run only the cases whose name starts with one of these comma-separated prefixes
//   BENCH_BUDGET_S   no run starts after this many seconds (default 540): cases cut short are listed as not run,
//                    so the whole bench stays under ten minutes even on a slow or busy machine
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumVersion, launchExtension, PageServer, WorkerControl } from './browser.mjs';
import { bundleSizes } from './bundles.mjs';
import { absPageCase } from './cases/abs-page.mjs';
import { ARXIV_URL, annotateCase, arxivPaper, HF_URL, hfPaper } from './cases/annotate.mjs';
import { firstScreenCase } from './cases/first-screen.mjs';
import { memoryCase } from './cases/memory.mjs';
import { popupCase } from './cases/popup.mjs';
import { saveCases } from './cases/save.mjs';
import { searchCase } from './cases/search.mjs';
import { exportCase, importCase, pageExportCases } from './cases/transfer.mjs';
import { paperDrafts } from './data.mjs';
import { ExtensionPage } from './extension-page.mjs';
import { arxivList, huggingFaceList } from './pages.mjs';
import { Report } from './report.mjs';
import { NotAvailable, OutOfTime, RUNS, setDeadline, WARMUP } from './stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const extensionDir = `${root}${process.env.PAPER_SHELF_OUT ?? '.output'}/chrome-mv3`;
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name) => !only || only.some((prefix) => name.startsWith(prefix));
const budgetMs = (Number(process.env.BENCH_BUDGET_S) || 540) * 1000;

/** Does any content script of the built manifest match this URL? (match patterns: scheme://host/path, `*` wildcards) */
function contentScriptRunsOn(url) {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const toRegExp = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const href = new URL(url);
  const target = `${href.protocol}//${href.host}${href.pathname}${href.search}`;
  return (manifest.content_scripts ?? []).some((cs) => (cs.matches ?? []).some((pattern) => toRegExp(pattern).test(target)));
}

/** The commit the bench runs from (the build is assumed to be of the same tree), or null outside git. */
function sourceCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirty ? `${commit} + local changes` : commit;
  } catch {
    return null;
  }
}

async function main() {
  const started = Date.now();
  setDeadline(started + budgetMs);
  const browserPath = chromiumPath();
  const context = await launchExtension(extensionDir);
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    chromium: chromiumVersion(browserPath).replace(/ built on .*/, ''),
    node: process.versions.node,
    date: new Date().toISOString(),
    commit: sourceCommit(),
    runs: RUNS,
    warmup: WARMUP,
    // Other work on the machine skews every figure: the 1-minute load average before and after the run tells.
    loadBefore: Math.round(loadavg()[0] * 100) / 100,
  };
  const report = new Report(machine);
  console.log(`Paper Shelf bench: ${extensionDir}, ${WARMUP} warm-up + ${RUNS} runs per case`);

  const run = async (names, body) => {
    const list = [names].flat();
    if (!list.some(wanted)) return;
    const t = Date.now();
    if (t - started > budgetMs) {
      for (const name of list) report.notRun(name, `the bench had used its ${budgetMs / 1000} s budget`);
      return;
    }
    process.stdout.write(`  ${list.join(', ')} … `);
    try {
      await body();
      console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
    } catch (error) {
      const detail = process.env.BENCH_DEBUG ? error.stack : error.message;
      const kind = error instanceof NotAvailable ? 'not available' : error instanceof OutOfTime ? 'not run' : 'FAILED';
      console.log(`${kind}: ${kind === 'FAILED' ? (detail ?? error) : error.message}`);
      const measured = new Set(report.results.map((r) => r.name));
      for (const name of list.filter((n) => !measured.has(n))) {
        if (error instanceof NotAvailable) report.unavailable(name, error.message);
        else if (error instanceof OutOfTime) report.notRun(name, error.message);
        else report.failed(name, error);
      }
    }
  };

  try {
    const server = await PageServer.attach(context);
    const ext = await ExtensionPage.open(context);
    const workers = await WorkerControl.attach(context, ext.page);
    await ext.ensureDatabase();
    const env = { context, server, ext, workers, bench: report, launch: () => launchExtension(extensionDir) };

    await run('annotate.hf-1000', () =>
      annotateCase({
        ...env,
        name: 'annotate.hf-1000',
        baselineName: 'bare-dom.hf-1000',
        site: 'huggingface',
        url: HF_URL,
        html: huggingFaceList(1000),
        count: 1000,
        seedOf: hfPaper,
      }),
    );
    await run('annotate.arxiv-2000', async () => {
      if (!contentScriptRunsOn(ARXIV_URL)) {
        throw new NotAvailable('the build has no content script for arXiv /list pages (lib/sites/arxiv.ts not registered)');
      }
      await annotateCase({
        ...env,
        name: 'annotate.arxiv-2000',
        baselineName: 'bare-dom.arxiv-2000',
        site: 'arxiv',
        url: ARXIV_URL,
        html: arxivList(2000),
        count: 2000,
        seedOf: arxivPaper,
      });
    });
    await run('annotate.first-screen.hf-1000', () =>
      firstScreenCase({
        ...env,
        name: 'annotate.first-screen.hf-1000',
        baselineName: 'first-screen.bare.hf-1000',
        site: 'huggingface',
        url: HF_URL,
        html: huggingFaceList(1000),
        count: 1000,
        seedOf: hfPaper,
      }),
    );
    await run('annotate.first-screen.arxiv-2000', () =>
      firstScreenCase({
        ...env,
        name: 'annotate.first-screen.arxiv-2000',
        baselineName: 'first-screen.bare.arxiv-2000',
        site: 'arxiv',
        url: ARXIV_URL,
        html: arxivList(2000),
        count: 2000,
        seedOf: arxivPaper,
      }),
    );
    await run('page.abs.script-ms', () => absPageCase(env));
    await run('memory.hf-navigations-50', () => memoryCase(env));
    await run(['save.warm', 'save.cold'], () => saveCases(env));

    // The popup, search and export cases share one library, seeded through the background: 1,000 papers, then 10,000.
    const pageExports = ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'].map((f) => `export.page.${f}.10k`);
    const tenThousand = ['popup.first-rows.10k', 'search.10k', 'export.bibtex.10k', ...pageExports];
    if (['popup.first-rows.1k', ...tenThousand].some(wanted)) {
      await ext.clear();
      await ext.seed(paperDrafts(1000, 3));
      await run('popup.first-rows.1k', () => popupCase({ ...env, count: 1000 }));
    }
    if (tenThousand.some(wanted)) {
      await ext.seed(paperDrafts(10_000, 3).slice(1000));
      await run('popup.first-rows.10k', () => popupCase({ ...env, count: 10_000 }));
      await run('search.10k', () => searchCase({ ...env, count: 10_000 }));
      await run('export.bibtex.10k', () => exportCase({ ...env, count: 10_000 }));
      await run(pageExports, () => pageExportCases({ ...env, count: 10_000 }));
    }
    // Each import run has a browser of its own (see cases/transfer.mjs).
    await run('import.json.10k', () => importCase({ ...env, count: 10_000 }));
    await workers.detach();
  } finally {
    await context.close();
  }

  report.bundles = bundleSizes(extensionDir);
  report.machine.seconds = Math.round((Date.now() - started) / 1000);
  report.machine.loadAfter = Math.round(loadavg()[0] * 100) / 100;
  report.print();
  if (Math.max(machine.loadBefore, machine.loadAfter) > machine.cores) {
    console.log(
      `note: the load average (${machine.loadBefore} → ${machine.loadAfter}) exceeded the ${machine.cores} cores: other work skewed these figures`,
    );
  }
  report.writeJson(`${root}bench-results.json`);
  console.log(`wrote bench-results.json (${report.machine.seconds} s)`);
  const readme = args.find((a) => a === '--readme' || a.startsWith('--readme='));
  if (readme) {
    const path = readme.includes('=') ? readme.slice('--readme='.length) : `${root}README.md`;
    report.writeReadme(path);
    console.log(`wrote the bench section of ${path}`);
  }
  if (report.failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
