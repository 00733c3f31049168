// Scheduled scans with --state: unchanged files are replayed, changed ones read again,
// persons still de-duplicate across both, and each run lands in the history for `diff`.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/jsonReport.js';
import type { RunDiff } from '../../src/state/diff.js';
import { piscan } from '../cli.js';
import { fileText, treeFile, writeTree } from '../../samples/exportTree.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-incremental-'));
const data = join(dir, 'data');
const state = join(dir, 'state');
const common = ['--hash-key', 'incremental-test', '--workers', '1', '--format', 'json', '-q'];

type Run = { code: number; report: Report; log: { msg: string; [k: string]: unknown }[] };

async function scan(args: string[]): Promise<Run> {
  const r = await piscan(['scan', data, ...common, ...args]);
  const log = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code: r.code, report: JSON.parse(r.stdout) as Report, log };
}

function withoutTimes(r: Report): unknown {
  return { ...r, scan: { ...r.scan, startedAt: 0, finishedAt: 0, durationMs: 0 } };
}

let first: Run;
let second: Run;

beforeAll(async () => {
  const people = writeTree(data, { files: 30, rowsPerFile: 8, people: 200 });
  first = await scan(['--state', state, '--log-level', 'info']);
  // Changes between the runs: one file rewritten, one deleted, one added, one touched
  // without a change, one changed in place keeping its size and its mtime.
  writeFileSync(treeFile(data, 1), fileText(people, 1, 12, 100));
  rmSync(treeFile(data, 2));
  writeFileSync(treeFile(data, 30), fileText(people, 30, 8, 50));
  const touched = treeFile(data, 7);
  utimesSync(touched, new Date(), new Date(Date.now() + 5000));
  const inPlace = treeFile(data, 4);
  const before = statSync(inPlace);
  const lines = readFileSync(inPlace, 'utf8').split('\n');
  [lines[1], lines[2]] = [lines[2], lines[1]];
  writeFileSync(inPlace, lines.join('\n'));
  utimesSync(inPlace, before.atime, before.mtime);
  second = await scan(['--state', state, '--log-level', 'info']);
});

describe('incremental scans', () => {
  it('replays unchanged files and reads changed ones (size, mtime, and content when in doubt)', async () => {
    expect(first.log.find((l) => l.msg === 'state saved')).toMatchObject({ replayed: 0, scanned: 30 });
    expect(second.log.find((l) => l.msg === 'state saved')).toMatchObject({ replayed: 27, scanned: 3 });
  });

  it('reports what a scan without state reports, persons de-duplicated across old and new files', async () => {
    const clean = await scan([]);
    expect(withoutTimes(second.report)).toEqual(withoutTimes(clean.report));
    expect(second.report.persons).toBeGreaterThan(0);
    expect(second.report.persons).toBeLessThan(second.report.scan.personalRecords);
  });

  it('forgets files that are gone, and keeps every run in the history', async () => {
    expect(readdirSync(join(state, 'files')).filter((n) => n.endsWith('.jsonl.gz'))).toHaveLength(30);
    const history = readdirSync(join(state, 'history'));
    expect(history.filter((n) => n.endsWith('.json'))).toHaveLength(2);
    expect(history.filter((n) => n.endsWith('.persons'))).toHaveLength(2);
  });

  it('holds no raw value: only keyed hashes and masked values', async () => {
    const people = writeTree(join(dir, 'unused'), { files: 0, rowsPerFile: 0, people: 200 });
    const dump = readdirSync(join(state, 'files')).map((n) => gunzipSync(readFileSync(join(state, 'files', n))).toString('utf8')).join('\n');
    expect(dump).toMatch(/"cn_mobile","手机号","1\d\d\*{4}\d{4}"/);
    for (const p of people.slice(0, 50)) {
      expect(dump).not.toContain(p.mobile);
      expect(dump).not.toContain(p.residentId);
      expect(dump).not.toContain(p.bankCard);
    }
  });

  it('diff shows what grew or shrank since the previous run, by category and by file', async () => {
    const r = await piscan(['diff', '--state', state, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as RunDiff;
    expect(d.persons).toEqual({ before: first.report.persons, after: second.report.persons, delta: second.report.persons - first.report.persons });
    for (const c of d.categories) {
      const items = (rep: Report) => rep.categories.find((x) => x.id === c.id)!.items;
      expect(c.items.delta).toBe(items(second.report) - items(first.report));
    }
    const status = Object.fromEntries(d.files.map((f) => [f.path.replace(/^.*\//, ''), f.status]));
    expect(status).toEqual({ 'export-0001.csv': 'changed', 'export-0002.csv': 'removed', 'export-0030.csv': 'added' });
    const table = await piscan(['diff', '--state', state]);
    expect(table.stdout).toMatch(/removed +dept-2\/export-0002\.csv: personal records −8/);
  });

  it('draws the HTML trend from the earlier runs of the state', async () => {
    const html = join(dir, 'report.html');
    await piscan(['scan', data, '--state', state, '--hash-key', 'incremental-test', '--workers', '1', '-q', '--format', 'html', '--lang', 'en', '-o', html]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('id="trend"');
    expect(page).not.toContain('no history yet');
    const fresh = join(dir, 'fresh.html');
    await piscan(['scan', data, '--state', join(dir, 'fresh-state'), '--hash-key', 'k', '--workers', '1', '-q', '--format', 'html', '--lang', 'en', '-o', fresh]);
    expect(readFileSync(fresh, 'utf8')).toContain('no history yet');
  });

  it('keeps a generated key with 0600 permissions when no key is given, and refuses a different key', async () => {
    const own = join(dir, 'own-key-state');
    expect((await piscan(['scan', data, '--state', own, '-q', '--workers', '1', '--fail-on', 'never'])).code).toBe(0);
    expect(statSync(join(own, 'key')).mode & 0o777).toBe(0o600);
    const again = await piscan(['scan', data, '--state', own, '-q', '--workers', '1', '--hash-key', 'another']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/hash key differs/);
  });

  it('reads every file again when the detection settings change (here --min-confidence)', async () => {
    const r = await scan(['--state', state, '--log-level', 'info', '--min-confidence', '0.5']);
    expect(r.log.find((l) => l.msg === 'state saved')).toMatchObject({ replayed: 0, scanned: 30 });
    const again = await scan(['--state', state, '--log-level', 'info', '--min-confidence', '0.5']);
    expect(again.log.find((l) => l.msg === 'state saved')).toMatchObject({ replayed: 30, scanned: 0 });
  });
});
