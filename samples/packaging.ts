// Some sample files travel the way real exports do: zipped (with a zip inside the zip),
// as a .tar.gz, gzip'd alone. piscan reports an archive member as `archive!member`.
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeGzip, writeTarGz, writeZip, zipBuffer } from './writers/archive.js';

interface Package {
  archive: string;
  kind: 'zip' | 'tgz' | 'gz';
  /** Sample files that go in at the archive's top level. */
  members: string[];
  /** A zip inside the zip, with its own members. */
  nested?: { name: string; members: string[] };
}

const PACKAGES: Package[] = [
  { archive: 'finance/archive-2026Q3.zip', kind: 'zip', members: ['finance/overdue-loans.csv'], nested: { name: 'cards/balances.zip', members: ['finance/card-balances.csv'] } },
  { archive: 'hotel/checkins-2026-10.tar.gz', kind: 'tgz', members: ['hotel/checkins.tsv'] },
  { archive: 'logs/system.log.gz', kind: 'gz', members: ['logs/system.log'] },
];

/** Moves the packaged files into their archives; returns each file's new path as piscan reports it. */
export async function packageSamples(outDir: string): Promise<Map<string, string>> {
  const moved = new Map<string, string>();
  const take = (path: string): Buffer => {
    const content = readFileSync(join(outDir, path));
    rmSync(join(outDir, path));
    return content;
  };
  for (const p of PACKAGES) {
    const target = join(outDir, p.archive);
    const members = p.members.map((path) => ({ path: basename(path), content: take(path) }));
    for (const path of p.members) moved.set(path, `${p.archive}!${basename(path)}`);
    if (p.kind === 'gz') {
      await writeGzip(target, members[0].content);
    } else if (p.kind === 'tgz') {
      await writeTarGz(target, members);
    } else {
      if (p.nested) {
        const inner = p.nested.members.map((path) => ({ path: basename(path), content: take(path) }));
        for (const path of p.nested.members) moved.set(path, `${p.archive}!${p.nested.name}!${basename(path)}`);
        members.push({ path: p.nested.name, content: await zipBuffer(inner) });
      }
      await writeZip(target, members);
    }
  }
  return moved;
}
