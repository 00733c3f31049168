// What a file's contribution depends on besides the file: piscan's version, the catalogue
// and vocabulary (patterns/), the user's pattern files, the detection and archive settings. An entry
// saved under other settings is not replayed: the file is read again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ContributionSettings {
  version: string;
  patternsDir: string;
  patternFiles: string[];
  minConfidence: number;
  maxRecordChars: number;
  /** Archive limits: they decide which members are read and how far. */
  archives: object;
}

export function settingsKey(s: ContributionSettings): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: s.version, minConfidence: s.minConfidence, maxRecordChars: s.maxRecordChars, archives: s.archives }));
  for (const file of [...filesUnder(s.patternsDir), ...s.patternFiles]) hash.update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The data files of patterns/, in a stable order (policies do not change what a file contributes). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'policies' ? [] : filesUnder(path);
      return name.endsWith('.json') ? [path] : [];
    });
}
