// Archive members in an incremental scan: replayed while their archive is unchanged, read
// again when it changes, and the report equals a scan without state.
import { mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText } from '../../samples/exportTree.js';
import { population } from '../../samples/population.js';
import { Random } from '../../samples/random.js';
import { writeTarGz, writeZip } from '../../samples/writers/archive.js';
import type { Report } from '../../src/report/jsonReport.js';
import { piscan } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-state-archives-'));
const data = join(dir, 'data');
const state = join(dir, 'state');
const people = population(new Random(5), 100);
const common = ['--hash-key', 'archives', '--workers', '0', '--format', 'json', '-q', '--log-level', 'info'];

async function run(withState: boolean): Promise<{ report: Report; saved?: { replayed: number; scanned: number } }> {
  const r = await piscan(['scan', data, ...common, ...(withState ? ['--state', state] : [])]);
  const log = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { report: JSON.parse(r.stdout) as Report, saved: log.find((l) => l.msg === 'state saved') };
}

const comparable = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: 0, finishedAt: 0, durationMs: 0 } });

describe('archive members with --state', () => {
  it('replays members of unchanged archives and reads those of a changed one', async () => {
    mkdirSync(data, { recursive: true });
    const old = new Date(Date.now() - 3600_000);
    await writeZip(join(data, 'exports.zip'), [
      { path: 'a/contacts.csv', content: fileText(people, 1, 6) },
      { path: 'a/clinic.csv', content: fileText(people, 3, 6) },
    ]);
    await writeTarGz(join(data, 'cards.tar.gz'), [{ path: 'cards.csv', content: fileText(people, 5, 6) }]);
    for (const f of ['exports.zip', 'cards.tar.gz']) utimesSync(join(data, f), old, old);
    const first = await run(true);
    expect(first.report.files.map((f) => f.path).sort()).toEqual(['cards.tar.gz!cards.csv', 'exports.zip!a/clinic.csv', 'exports.zip!a/contacts.csv']);
    expect(first.saved).toMatchObject({ replayed: 0, scanned: 3 });
    expect((await run(true)).saved).toMatchObject({ replayed: 3, scanned: 0 });

    await writeZip(join(data, 'exports.zip'), [
      { path: 'a/contacts.csv', content: fileText(people, 1, 9) },
      { path: 'a/clinic.csv', content: fileText(people, 3, 6) },
    ]);
    const third = await run(true);
    // The changed zip's members are read again (a new mtime puts them in doubt); the tar.gz is replayed.
    expect(third.saved).toMatchObject({ replayed: 1, scanned: 2 });
    expect(comparable(third.report)).toEqual(comparable((await run(false)).report));
  });
});
