// The bench command asked for help prints its usage and starts nothing: a bare run
// generates gigabytes and scans for an hour.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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
