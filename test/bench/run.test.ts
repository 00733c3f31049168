// The bench command asked for help prints its usage and starts nothing: a bare run
// generates gigabytes and scans for an hour. A bad option is one line; the RE2-alone
// ceiling it prints beside ripgrep counts every match of the catalogue.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { countMatches } from '../../bench/re2Alone.js';

const BENCH = fileURLToPath(new URL('../../dist/bench/run.js', import.meta.url));

describe('npm run bench -- --help', () => {
  it('prints the usage and exits at once', async () => {
    const started = Date.now();
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BENCH, '--help'], { timeout: 20_000 });
    expect(stdout).toMatch(/^usage: npm run bench -- .*--only log,csv,xlsx,big/);
    expect(stderr).not.toMatch(/scanning|generating/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('npm run bench -- with a bad option', () => {
  it('says what is wrong in one line and exits with 2', async () => {
    const run = promisify(execFile)(process.execPath, [BENCH, '--size', '20MiB'], { timeout: 20_000 });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: 'bench: expected a size such as 500MB, 2GB or a number of bytes\n' });
  });
});

describe('the RE2-alone ceiling (bench/re2Alone.ts)', () => {
  it('finds every match of the catalogue in a file, across the chunks it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'piscan-re2alone-'));
    try {
      const line = '2026-11-01 00:00:12.012 INFO [kyc] 姓名：耿涛 身份证：110116195001010003 mobile=13812345678\n';
      writeFileSync(join(dir, 'one.log'), line);
      const perLine = countMatches(join(dir, 'one.log'));
      expect(perLine).toBeGreaterThanOrEqual(2);
      // More than one 16 MiB chunk, so that a chunk ends inside a line.
      const lines = Math.ceil((17 * 2 ** 20) / Buffer.byteLength(line));
      writeFileSync(join(dir, 'many.log'), line.repeat(lines));
      expect(countMatches(join(dir, 'many.log'))).toBe(perLine * lines);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('names an unreadable file in one line and exits with 2, for the bench to print', async () => {
    const run = promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../dist/bench/re2Alone.js', import.meta.url)), join(tmpdir(), 'piscan-no-such-file.log')], { timeout: 20_000 });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^re2Alone: ENOENT[^\n]*\n$/) });
  });
});
