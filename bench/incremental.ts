// What --state saves on a scheduled scan: a full scan into a fresh state, an unchanged
// re-run (everything replayed), and a re-run after 5% of the files changed.
// Run after a build:  node dist/bench/incremental.js [files] [rowsPerFile]
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileText, treeFile, writeTree } from '../samples/exportTree.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '..', 'src', 'cli', 'main.js');
const [files = 300, rows = 120] = process.argv.slice(2).map(Number);
const root = join(here, '..', '..', 'bench', 'data', 'incremental');
const data = join(root, 'tree');
const state = join(root, 'state');

function run(label: string): void {
  const started = Date.now();
  const out = execFileSync(process.execPath, [cli, 'scan', data, '--state', state, '--hash-key', 'bench', '-q', '--format', 'json', '--fail-on', 'never', '--log-level', 'info'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = Date.now() - started;
  const report = JSON.parse(out) as { persons: number; scan: { records: number } };
  console.log(`${label.padEnd(28)} ${String(ms).padStart(7)} ms   ${report.scan.records} records, ${report.persons} persons`);
}

function size(dir: string): number {
  return readdirSync(dir).reduce((s, n) => s + statSync(join(dir, n)).size, 0);
}

rmSync(root, { recursive: true, force: true });
const people = writeTree(data, { files, rowsPerFile: rows, people: Math.floor(Math.max(400, files * rows) / 4) });
const dataBytes = readdirSync(data).reduce((s, d) => s + size(join(data, d)), 0);
console.log(`${files} files × ${rows} rows, ${(dataBytes / 1024 ** 2).toFixed(1)} MiB`);
run('full scan, fresh state');
run('unchanged re-run');
for (let f = 0; f < files; f += 20) writeFileSync(treeFile(data, f), fileText(people, f, rows, 1));
run('re-run, 5% of files changed');
console.log(`state: ${(size(join(state, 'files')) / 1024 ** 2).toFixed(1)} MiB in files/, ${(size(join(state, 'history')) / 1024).toFixed(0)} KiB in history/`);
