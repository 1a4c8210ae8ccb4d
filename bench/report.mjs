// Collects the figures of a run, prints them as a table, writes bench-results.json and the README section.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkGoals } from './goals.mjs';
import { median, p95, round } from './stats.mjs';

export class Report {
  constructor(machine) {
    this.machine = machine;
    /** Rows in the order the cases ran: measured, not available, or failed. */
    this.rows = [];
    this.bundles = [];
  }

  /** A measured case (samples in ms), with its baseline's samples when it has one; `extra` goes to the JSON. */
  add(name, samples, baseline, extra = {}) {
    const result = { name, unit: 'ms', median: round(median(samples)), p95: round(p95(samples)), runs: samples.length };
    if (baseline && baseline.samples.length > 0) {
      const baselineMedian = median(baseline.samples);
      result.baseline = { name: baseline.name, median: round(baselineMedian), p95: round(p95(baseline.samples)) };
      result.ratio = baselineMedian > 0 ? Math.round((median(samples) / baselineMedian) * 100) / 100 : null;
    } else {
      result.baseline = null;
      result.ratio = null;
    }
    Object.assign(result, extra);
    this.rows.push({ kind: 'result', result });
  }

  unavailable(name, reason) {
    this.rows.push({ kind: 'unavailable', name, reason });
  }

  notRun(name, reason) {
    this.rows.push({ kind: 'not run', name, reason });
  }

  failed(name, error) {
    this.rows.push({ kind: 'failed', name, reason: error instanceof Error ? error.message : String(error) });
  }

  get results() {
    return this.rows.filter((row) => row.kind === 'result').map((row) => row.result);
  }

  get failures() {
    return this.rows.filter((row) => row.kind === 'failed');
  }

  json() {
    return {
      machine: this.machine,
      results: this.results,
      bundles: this.bundles,
      goals: this.goals(),
      notAvailable: this.notListed('unavailable'),
      notRun: this.notListed('not run'),
      failed: this.notListed('failed'),
    };
  }

  /** Issue 8's goals against this run's figures. */
  goals() {
    return checkGoals(this.results, this.bundles);
  }

  notListed(kind) {
    return this.rows.filter((row) => row.kind === kind).map(({ name, reason }) => ({ name, reason }));
  }

  /** The table as lines of text: cases, then bundle sizes, then the machine. */
  table() {
    const header = ['case', 'median', 'p95', 'baseline', 'base median', 'ratio', 'notes'];
    const lines = this.rows.map((row) => {
      if (row.kind !== 'result') {
        const label = { failed: 'FAILED', unavailable: 'not available', 'not run': 'not run' }[row.kind];
        return [row.name, `${label}: ${row.reason}`];
      }
      const r = row.result;
      return [
        r.name,
        inUnit(r, r.median),
        inUnit(r, r.p95),
        r.baseline?.name ?? '–',
        r.baseline ? inUnit(r, r.baseline.median) : '–',
        r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
        notes(r),
      ];
    });
    const bundleHeader = ['bundle', 'raw', 'gzip', 'files'];
    const bundleLines = this.bundles.map((b) =>
      b.missing ? [b.name, '–', '–', 'not in this build'] : [b.name, kb(b.raw), kb(b.gzip), b.files.join(' ')],
    );
    const goalHeader = ['goal (issues 8, 17)', 'measured', 'met'];
    const goalLines = this.goals().map((g) => [g.goal, g.measured, g.met === null ? '–' : g.met ? 'yes' : 'no']);
    return { header, lines, bundleHeader, bundleLines, goalHeader, goalLines };
  }

  print() {
    const { header, lines, bundleHeader, bundleLines, goalHeader, goalLines } = this.table();
    console.log(`\n${textTable(header, lines)}\n`);
    if (bundleLines.length > 0) console.log(`${textTable(bundleHeader, bundleLines)}\n`);
    console.log(`${textTable(goalHeader, goalLines)}\n`);
    console.log(`machine: ${machineLine(this.machine)}\n`);
  }

  writeJson(path) {
    writeFileSync(path, `${JSON.stringify(this.json(), null, 2)}\n`);
  }

  /** Replaces the README's bench section (between the markers, nothing else) with this run's table. */
  writeReadme(path) {
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const readme = readFileSync(path, 'utf8');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${path} has no ${start} … ${end} section`);
    const { header, lines, bundleHeader, bundleLines, goalHeader, goalLines } = this.table();
    const section = [
      start,
      `Latest \`npm run bench\` (\`npm ci && npm run build && npm run bench\`; \`-- --readme\` rewrites this section),`,
      `${this.machine.date.slice(0, 16).replace('T', ' ')} UTC${this.machine.commit ? ` at ${this.machine.commit}` : ''}, on ${machineLine(this.machine)}, headless;`,
      `load average ${this.machine.loadBefore} before and ${this.machine.loadAfter} after; the whole run took ${this.machine.seconds} s.`,
      `Times in ms: median and p95 of ${this.machine.runs} runs after ${this.machine.warmup} warm-up (search: of every keystroke), each next to a`,
      'baseline the browser alone needs for the same work, measured in the same run; ratio = median / baseline median.',
      '',
      markdownTable(header, lines),
      '',
      markdownTable(bundleHeader, bundleLines),
      '',
      markdownTable(goalHeader, goalLines),
      '',
      'How each case is measured is written at the top of its file in `bench/cases/`. Pages are generated at run time',
      '(`bench/pages.mjs`) in the markup of the real sites and served offline at their real URLs.',
      end,
    ].join('\n');
    writeFileSync(path, readme.slice(0, from) + section + readme.slice(to + end.length));
  }
}

const ms = (value) => value.toFixed(1);
/** A figure of a case in ms (the table's unit), or with its own unit named (memory cases: MB). */
const inUnit = (result, value) => (result.unit === 'ms' ? ms(value) : `${ms(value)} ${result.unit}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function notes(result) {
  const parts = [];
  if (result.longestTask) {
    const { median, max, runsOver50 } = result.longestTask;
    const baseline = result.baselineLongestTask?.max ?? 0;
    // The Long Tasks API reports tasks of over 50 ms only: 0 means none.
    parts.push(
      max === 0
        ? `no task of the content script over 50 ms in ${result.runs} runs (baseline: ${baseline === 0 ? 'none' : `max ${ms(baseline)}`})`
        : `longest task ${ms(median)} median, ${ms(max)} max, >50 ms in ${runsOver50}/${result.runs} runs (baseline max ${ms(baseline)})`,
    );
  }
  if (result.frameAfter && result.baselineFrameAfter) {
    parts.push(
      `then the page's layout with the controls: a frame of ${ms(result.frameAfter.median)} median (the bare DOM's: ${ms(result.baselineFrameAfter.median)})`,
    );
  }
  if (result.baselineWithOneFrame !== undefined) parts.push(`baseline + its one frame ${ms(result.baselineWithOneFrame)}`);
  if (result.domContentLoadedToAnnotated !== undefined)
    parts.push(`DOMContentLoaded → annotated ${ms(result.domContentLoadedToAnnotated)}`);
  if (result.note) parts.push(result.note);
  return parts.join('; ');
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${Math.round(m.memoryGB)} GB, ${m.chromium}, Node ${m.node}`;
}

function textTable(header, rows) {
  const widths = header.map((_, c) =>
    Math.max(header[c].length, ...rows.filter((r) => r.length > 2).map((r) => String(r[c] ?? '').length)),
  );
  const format = (row) => {
    // A row of two cells (not available / failed) spans the table after its name.
    if (row.length === 2) return `${row[0].padEnd(widths[0])}  ${row[1]}`;
    return row
      .map((cell, c) => (c === 0 || c === 3 || c === row.length - 1 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ')
      .trimEnd();
  };
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join('\n');
}

function markdownTable(header, rows) {
  const cellText = (cell) => String(cell).replaceAll('|', '\\|');
  const line = (cells) => `| ${cells.map(cellText).join(' | ')} |`;
  const full = (row) => (row.length === 2 ? [row[0], ...header.slice(1).map((_, c) => (c === header.length - 2 ? row[1] : ''))] : row);
  return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(full(row)))].join('\n');
}
