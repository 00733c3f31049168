// The archive limits are flags: a scan names the flag in each reason, a bad value is exit 2.
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeZip } from '../../samples/writers/archive.js';
import { piscan } from '../cli.js';
import { peopleCsv, tempDir } from '../scanHelpers.js';

const { dir, cleanup } = tempDir('cli-archives');
afterAll(cleanup);

it('--max-archive-members and --max-archive-depth reach the walker; a bad value is a usage error', async () => {
  await writeZip(join(dir, 'a.zip'), [
    { path: '1.csv', content: peopleCsv(0, 1) },
    { path: '2.csv', content: peopleCsv(1, 1) },
  ]);
  const run = await piscan(['scan', dir, '--format', 'json', '--workers', '0', '--max-archive-members', '1', '--fail-on', 'never']);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { files: { path: string }[]; skipped: { path: string; reason: string }[] };
  expect(report.files.map((f) => f.path)).toEqual(['a.zip!1.csv']);
  expect(report.skipped).toEqual([{ path: 'a.zip', reason: 'archive has more than 1 members, the rest were not scanned (--max-archive-members)' }]);

  const closed = JSON.parse((await piscan(['scan', dir, '--format', 'json', '--workers', '0', '--max-archive-depth', '0'])).stdout) as typeof report;
  expect(closed.skipped.map((s) => s.reason)).toEqual(['archive nested more than 0 deep, not opened (--max-archive-depth)']);

  const bad = await piscan(['scan', dir, '--max-archive-ratio', 'lots']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--max-archive-ratio/);
});
