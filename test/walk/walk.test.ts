import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../samples/writers/archive.js';
import { walk, type WalkOptions } from '../../src/walk/walk.js';

const opts: WalkOptions = { include: [], exclude: [], maxFileSize: 1000, hidden: false, followSymlinks: false };

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'piscan-walk-'));
  mkdirSync(join(root, 'a/b'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a/b/x.csv'), 'x');
  writeFileSync(join(root, 'a/y.log'), 'y');
  writeFileSync(join(root, '.env'), 'secret');
  writeFileSync(join(root, '.git/config'), 'c');
  writeFileSync(join(root, 'big.txt'), 'z'.repeat(2000));
  symlinkSync(join(root, 'a/y.log'), join(root, 'link.log'));
  symlinkSync(root, join(root, 'a/loop'));
  return root;
}

describe('walk', () => {
  it('returns files sorted, and every file it will not scan with a reason', async () => {
    const r = await walk([tree()], opts);
    expect(r.files.map((f) => f.path)).toEqual(['a/b/x.csv', 'a/y.log']);
    expect(r.skipped).toEqual([
      { path: '.env', reason: 'hidden (use --hidden to scan)' },
      { path: '.git', reason: 'hidden folder (use --hidden to scan)' },
      { path: 'a/loop', reason: 'symbolic link, not followed (use --follow-symlinks)' },
      { path: 'big.txt', reason: 'larger than --max-file-size (2000 > 1000 bytes)' },
      { path: 'link.log', reason: 'symbolic link, not followed (use --follow-symlinks)' },
    ]);
  });

  it('follows links without looping and scans each real file once', async () => {
    const r = await walk([tree()], { ...opts, followSymlinks: true, maxFileSize: 1e6 });
    const real = r.files.map((f) => f.path);
    expect(real.filter((p) => p.endsWith('y.log'))).toHaveLength(1);
    expect(real.filter((p) => p.endsWith('x.csv'))).toHaveLength(1);
    expect(r.skipped.filter((s) => s.reason.startsWith('same file as'))).not.toHaveLength(0);
  });

  it('applies include and exclude globs, and scans hidden files on request', async () => {
    const root = tree();
    expect((await walk([root], { ...opts, include: ['**/*.csv'] })).files.map((f) => f.path)).toEqual(['a/b/x.csv']);
    expect((await walk([root], { ...opts, exclude: ['**/*.csv'] })).files.map((f) => f.path)).toEqual(['a/y.log']);
    expect((await walk([root], { ...opts, hidden: true })).files.map((f) => f.path)).toEqual(['.env', '.git/config', 'a/b/x.csv', 'a/y.log']);
  });

  it('applies include and exclude globs to archive members by their path, and scans an archive the globs name whole', async () => {
    const root = tree();
    mkdirSync(join(root, 'exports'));
    await writeZip(join(root, 'exports/dump.zip'), [{ path: 'orders.csv', content: 'x' }, { path: 'logs/app.log', content: 'y' }]);
    const paths = async (o: Partial<WalkOptions>): Promise<string[]> => (await walk([root], { ...opts, ...o })).files.map((f) => f.path);
    expect(await paths({ include: ['**/*.csv'] })).toEqual(['a/b/x.csv', 'exports/dump.zip!orders.csv']);
    expect(await paths({ include: ['a/**'] })).toEqual(['a/b/x.csv', 'a/y.log']);
    expect(await paths({ include: ['exports/**'] })).toEqual(['exports/dump.zip!orders.csv', 'exports/dump.zip!logs/app.log']);
    expect(await paths({ include: ['**/*.zip'] })).toEqual(['exports/dump.zip!orders.csv', 'exports/dump.zip!logs/app.log']);
    expect(await paths({ exclude: ['**/*.log'] })).toEqual(['a/b/x.csv', 'exports/dump.zip!orders.csv']);
    expect(await paths({ exclude: ['exports/**'] })).toEqual(['a/b/x.csv', 'a/y.log']);
  });

  it('takes a file as a root', async () => {
    const root = tree();
    const r = await walk([join(root, 'a/y.log')], opts);
    expect(r.files.map((f) => f.path)).toEqual(['y.log']);
  });
});
