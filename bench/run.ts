// `npm run bench -- [--size 1GB] [--records 100M] [--xlsx-rows 1M] [--workers N] [--only log,csv,xlsx,big] [--no-baseline]`
// Generates the inputs into bench/data (kept between runs, gitignored), scans each with
// piscan and, in the same run on the same file, with ripgrep using the catalogue's own
// text and label regexes as the baseline. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEntitySpecs } from '../src/detect/catalogue.js';
import { parseSize } from '../src/cli/options.js';
import { peopleFor, writeBigCsv, writeCsv, writeLog, writeXlsx } from './generate.js';
import { measure, type Measured } from './measure.js';
import { asciiClasses } from './ripgrepSyntax.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const RE2_ALONE = join(ROOT, 'dist', 'bench', 're2Alone.js');
const MB = 1e6;

interface Options {
  size: number;
  records: number;
  xlsxRows: number;
  workers: number;
  only: Set<string>;
  /** Run ripgrep beside piscan (off for a long run where only piscan's memory is in question). */
  baseline: boolean;
}

interface Input {
  id: string;
  label: string;
  path: string;
  /** Exact distinct people, when the generator knows it. */
  people?: number;
}

function parseArgs(argv: string[]): Options {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = parseSize(get('--size') ?? '1GB');
  return {
    size,
    records: parseCount(get('--records') ?? '100M'),
    xlsxRows: parseCount(get('--xlsx-rows') ?? String(Math.round((1e6 * size) / parseSize('1GB')))),
    workers: Number(get('--workers') ?? availableParallelism()),
    only: new Set((get('--only') ?? 'log,csv,xlsx,big').split(',')),
    baseline: !argv.includes('--no-baseline'),
  };
}

/** `100M`, `1.5k`, `20000`. */
function parseCount(v: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(v);
  if (!m) throw new Error(`expected a count such as 1M, got ${v}`);
  return Math.round(Number(m[1]) * ({ '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 } as Record<string, number>)[m[2]]);
}

function human(n: number): string {
  if (n >= 2 ** 30 && n % 2 ** 30 === 0) return `${n / 2 ** 30}GiB`;
  if (n >= 2 ** 20 && n % 2 ** 20 === 0) return `${n / 2 ** 20}MiB`;
  if (n >= 1e9 && n % 1e8 === 0) return `${n / 1e9}G`;
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e2 === 0) return `${n / 1e3}k`;
  return String(n);
}

/** Generates what is missing; a file's name holds its size, so a different size is a different file. */
async function prepare(opts: Options): Promise<Input[]> {
  mkdirSync(DATA, { recursive: true });
  const inputs: Input[] = [];
  const sized = human(opts.size);
  const step = async (id: string, label: string, name: string, make: (path: string) => Promise<unknown> | unknown, people?: number): Promise<void> => {
    if (!opts.only.has(id)) return;
    const path = join(DATA, name);
    if (!existsSync(path)) {
      const t = Date.now();
      process.stderr.write(`generating ${name} … `);
      await make(path);
      process.stderr.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
    inputs.push({ id, label, path, people });
  };
  await step('log', `log ${sized}`, `app-${sized}.log`, (p) => writeLog(p, opts.size));
  await step('csv', `CSV ${sized}`, `orders-${sized}.csv`, (p) => writeCsv(p, opts.size));
  await step('xlsx', `xlsx ${human(opts.xlsxRows)} rows`, `orders-${human(opts.xlsxRows)}.xlsx`, (p) => writeXlsx(p, opts.xlsxRows));
  if (opts.records > 0) {
    await step('big', `CSV ${human(opts.records)} records`, `people-${human(opts.records)}.csv`, (p) => writeBigCsv(p, opts.records), peopleFor(opts.records));
  }
  return inputs;
}

/** The catalogue's text and label regexes, one per line, for `rg -f`, in ripgrep's spelling of RE2's meaning. */
function ripgrepPatterns(): string {
  const file = join(DATA, 'catalogue-patterns.txt');
  const lines = loadEntitySpecs().flatMap((s) => s.patterns.filter((p) => p.scope !== 'field').map((p) => asciiClasses(p.regex)));
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function ripgrepVersion(): string | undefined {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

interface Row {
  input: Input;
  bytes: number;
  piscan: Measured;
  report?: { records: number; persons: number; personalRecords: number; skipped?: string; error?: string | null };
  rg?: Measured;
  /** The catalogue's RE2 scan alone, one thread (text inputs only: a workbook's bytes are compressed). */
  re2?: Measured;
}

async function runPiscan(input: Input, workers: number): Promise<Row> {
  const out = join(DATA, `report-${input.id}.json`);
  const args = ['--max-old-space-size=4096', CLI, 'scan', input.path, '--format', 'json', '-o', out, '--workers', String(workers), '--fail-on', 'never', '-q', '--hash-key', 'bench', '--max-file-size', '1000GB'];
  const piscan = await measure(process.execPath, args);
  const row: Row = { input, bytes: statSync(input.path).size, piscan };
  if (piscan.code === 0) {
    const r = JSON.parse(readFileSync(out, 'utf8')) as {
      scan: { records: number; personalRecords: number };
      persons: number;
      skipped: { reason: string }[];
      files: { error: string | null }[];
    };
    row.report = { records: r.scan.records, persons: r.persons, personalRecords: r.scan.personalRecords, skipped: r.skipped[0]?.reason, error: r.files[0]?.error };
  }
  return row;
}

function machine(workers: number): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, piscan --workers ${workers}`;
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function render(rows: Row[], rg: string | undefined, workers: number, baseline: boolean): string {
  const lines = [
    `machine: ${machine(workers)}`,
    `baseline: ${rg ?? (baseline ? 'ripgrep not installed (apt-get install ripgrep): no baseline column' : 'not run (--no-baseline)')}`,
    '',
    '| input | size MB | records | piscan s | MB/s | records/s | peak RSS MiB | persons (expected) | rg s | rg MB/s | piscan ÷ rg | per core ÷ rg | RE2 alone s (1 core) | RE2 alone MB/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const mb = r.bytes / MB;
    const rep = r.report;
    if (rep?.skipped !== undefined || !rep || r.piscan.code !== 0) {
      const why = rep?.skipped !== undefined ? `skipped: ${rep.skipped}` : `piscan failed (exit ${r.piscan.code}): ${r.piscan.stderr.trim().split('\n')[0] ?? ''}`;
      lines.push(`| ${r.input.label} | ${fmt(mb, 0)} | ${why} | | | | | | ${rgCells(r, mb)} | | | ${re2Cells(r, mb)} |`);
      continue;
    }
    const mbs = mb / r.piscan.seconds;
    const rgMbs = r.rg && r.rg.code !== 2 ? mb / r.rg.seconds : undefined;
    const persons = r.input.people === undefined ? fmt(rep.persons, 0) : `${fmt(rep.persons, 0)} (${fmt(r.input.people, 0)})`;
    const err = rep.error ? ` ⚠ ${rep.error}` : '';
    lines.push(
      `| ${r.input.label} | ${fmt(mb, 0)} | ${fmt(rep.records, 0)} | ${fmt(r.piscan.seconds)} | ${fmt(mbs)} | ${fmt(rep.records / r.piscan.seconds, 0)} | ` +
        `${fmt(r.piscan.peakRssBytes / 2 ** 20, 0)} | ${persons}${err} | ${rgCells(r, mb)} | ${rgMbs ? fmt(mbs / rgMbs, 2) : ''} | ${rgMbs ? fmt(mbs / workers / rgMbs, 2) : ''} | ${re2Cells(r, mb)} |`,
    );
  }
  return lines.join('\n');
}

/** ripgrep exits 1 when nothing matches; only 2 is an error. */
function rgCells(r: Row, mb: number): string {
  return timedCells(r.rg, mb, r.rg?.code === 2 ? 'rg error' : undefined);
}

function re2Cells(r: Row, mb: number): string {
  return timedCells(r.re2, mb, r.re2 !== undefined && r.re2.code !== 0 ? 'failed' : undefined);
}

/** A baseline's seconds and MB/s cells, or, when it `failed`, that word and its first line of stderr. */
function timedCells(m: Measured | undefined, mb: number, failed: string | undefined): string {
  if (!m) return ' | ';
  if (failed) return `${failed}: ${m.stderr.trim().split('\n')[0]} | `;
  return `${fmt(m.seconds)} | ${fmt(mb / m.seconds)}`;
}

const USAGE = `usage: npm run bench -- [--size 1GB] [--records 100M] [--xlsx-rows 1M] [--workers N] [--only log,csv,xlsx,big] [--no-baseline]
Generates missing inputs into bench/data (a 1 GB log and CSV, a 1M-row xlsx, a 100M-record CSV by default: many GB and an hour),
then scans each with piscan, ripgrep and the catalogue's RE2 alone, and prints MB/s, records/s and peak memory.
`;

async function main(): Promise<void> {
  // A bare --help must not start an hour of generating and scanning.
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error(`${CLI} not built (npm run build)`);
  const inputs = await prepare(opts);
  const rg = opts.baseline ? ripgrepVersion() : undefined;
  if (!rg && opts.baseline) process.stderr.write('bench: ripgrep (rg) is missing — install the Debian package: apt-get install ripgrep. Baseline columns stay empty.\n');
  const patterns = ripgrepPatterns();
  const rows: Row[] = [];
  for (const input of inputs) {
    process.stderr.write(`scanning ${input.label} … `);
    const row = await runPiscan(input, opts.workers);
    // rg counts matching lines of a zip's bytes too; that is still its read-and-match speed.
    if (rg) row.rg = await measure('rg', ['--no-config', '--count', '--no-filename', '-a', '-f', patterns, input.path]);
    if (opts.baseline && input.id !== 'xlsx') row.re2 = await measure(process.execPath, [RE2_ALONE, input.path]);
    process.stderr.write(`${row.piscan.seconds.toFixed(1)} s\n`);
    rows.push(row);
  }
  process.stdout.write(render(rows, rg, opts.workers, opts.baseline) + '\n');
}

// A bad option (a size such as 20MiB) is one line and exit code 2, as in the CLI.
await main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
  process.exit(2);
});
