// A scheduled scan killed at any moment (kill -9) and started again ends with the same
// report and findings as a scan that was never interrupted.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, piscan } from '../cli.js';
import { writeTree } from '../../samples/exportTree.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-resume-'));
const data = join(dir, 'data');
const state = join(dir, 'state');
writeTree(data, { files: 300, rowsPerFile: 8, people: 600 });
const common = ['--hash-key', 'resume-test', '--workers', '1', '--format', 'json', '-q'];

/** The report without what differs between any two runs: times. */
function comparable(file: string): unknown {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  delete r.scan.startedAt;
  delete r.scan.finishedAt;
  delete r.scan.durationMs;
  return r;
}

function entries(): number {
  const files = join(state, 'files');
  return existsSync(files) ? readdirSync(files).filter((n) => n.endsWith('.jsonl.gz')).length : 0;
}

/** Starts a scan with a state folder and kills it (SIGKILL) once `after` files are saved. */
function scanAndKill(after: number): Promise<{ signal: NodeJS.Signals | null; saved: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'scan', data, '--state', state, ...common, '-o', join(dir, 'killed.json')], { stdio: 'ignore' });
    const poll = setInterval(() => {
      if (entries() >= after) child.kill('SIGKILL');
    }, 5);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, saved: entries() });
    });
  });
}

describe('kill -9 and resume', () => {
  it('finishes with the report and findings of an uninterrupted scan', async () => {
    const clean = await piscan(['scan', data, ...common, '-o', join(dir, 'clean.json'), '--findings', join(dir, 'clean.jsonl')]);
    expect(clean.code).toBe(3);

    const first = await scanAndKill(40);
    expect(first.signal).toBe('SIGKILL');
    expect(first.saved).toBeGreaterThanOrEqual(40);
    expect(first.saved).toBeLessThan(300);
    const second = await scanAndKill(first.saved + 60);
    expect(second.signal).toBe('SIGKILL');
    expect(existsSync(join(dir, 'killed.json'))).toBe(false);

    const resumed = await piscan(['scan', data, '--state', state, ...common, '-o', join(dir, 'resumed.json'), '--findings', join(dir, 'resumed.jsonl'), '--log-level', 'info']);
    expect(resumed.code).toBe(3);
    const saved = resumed.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.msg === 'state saved');
    expect(saved.replayed).toBeGreaterThanOrEqual(second.saved);
    expect(saved.replayed + saved.scanned).toBe(300);
    expect(comparable(join(dir, 'resumed.json'))).toEqual(comparable(join(dir, 'clean.json')));
    expect(readFileSync(join(dir, 'resumed.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'));
    // No temporary file of the killed runs is left behind.
    expect(readdirSync(join(state, 'files')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});
