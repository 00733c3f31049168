// Where the data files of the catalogue live. The package ships `patterns/` beside
// `src/` (and `dist/`), so it is found by walking up from this module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function patternsDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'patterns', 'entities'))) return (cached = join(dir, 'patterns'));
    const parent = dirname(dir);
    if (parent === dir) throw new Error('patterns/ folder not found beside the piscan installation');
    dir = parent;
  }
}

/** A reference list of patterns/reference/ (surnames, area codes, …), parsed. */
export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(join(patternsDir(), 'reference', file), 'utf8')) as T;
}
