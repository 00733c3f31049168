// Usage errors: one line naming the problem, exit 2; the gate's exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, piscan } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-cli-'));
writeFileSync(join(dir, 'clean.log'), 'GET /health 200 3ms\n');
writeFileSync(join(dir, 'one.csv'), '姓名,手机号\n张伟,13812345678\n');

describe('usage errors exit 2 with one line', () => {
  it.each([
    ['an unknown flag', ['scan', dir, '--no-such-flag'], /unknown option '--no-such-flag'/],
    ['a bad --format value', ['scan', dir, '--format', 'xml'], /--format.*xml.*table, json/],
    ['a bad size', ['scan', dir, '--max-file-size', 'huge'], /--max-file-size.*size/],
    ['a bad worker count', ['scan', dir, '--workers', '-1'], /--workers/],
    ['a missing path', ['scan', join(dir, 'nope')], /path not found: .*nope/],
    ['an unknown policy', ['scan', dir, '--policy', 'no-such-policy'], /policy no-such-policy/],
    ['an unknown --fail-on level', ['scan', dir, '--fail-on', 'catastrophic'], /--fail-on.*catastrophic/],
    ['no command', ['frobnicate'], /unknown command/],
  ])('%s', async (_what, args, message) => {
    const r = await piscan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('exit codes gate a transfer', () => {
  it('exits 0 below every threshold', async () => {
    const r = await piscan(['scan', dir, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/level: NONE/);
  });
  it('exits 3 when a threshold is reached, and 0 with --fail-on never', async () => {
    const policy = join(dir, 'tiny.json');
    writeFileSync(policy, JSON.stringify({ id: 'tiny', measure: 'items', tiers: { A: 1, B: 1, C: 1 }, levels: [{ id: 'serious', multiplier: 1 }] }));
    expect((await piscan(['scan', dir, '--policy', policy, '-q'])).code).toBe(3);
    expect((await piscan(['scan', dir, '--policy', policy, '--fail-on', 'never', '-q'])).code).toBe(0);
  });
  it('rejects a policy file with a bad field, naming it', async () => {
    const policy = join(dir, 'bad.json');
    writeFileSync(policy, JSON.stringify({ id: 'bad', measure: 'items', tiers: { A: 50, B: -1, C: 1 }, levels: [{ id: 'serious', multiplier: 1 }] }));
    const r = await piscan(['scan', dir, '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tiers\.B/);
  });
  it('prints its version and a help with examples', async () => {
    expect((await piscan(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await piscan(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
  });
  it('writes the report atomically to --output and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const r = await piscan(['scan', join(dir, 'one.csv'), '--format', 'json', '-o', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).scan.personalRecords).toBe(1);
  });
});

describe('a reader that stops early', () => {
  it('leaves the exit code the scan’s, with no crash on the closed pipe (piscan scan … | head)', async () => {
    const policy = join(dir, 'tiny-pipe.json');
    writeFileSync(policy, JSON.stringify({ id: 'tiny', measure: 'items', tiers: { A: 1, B: 1, C: 1 }, levels: [{ id: 'serious', multiplier: 1 }] }));
    const child = spawn(process.execPath, [CLI, 'scan', dir, '--policy', policy, '-f', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the report is written, as head closes it after its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(3);
  });
});

describe('the installed command', () => {
  it('is executable, as npx piscan runs it (npm ci builds it through prepare)', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });
});
