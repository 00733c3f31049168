// Generates the sample tree and, beside it, what was planted in it:
//   node dist/samples/generate.js samples/data   → samples/data/** and samples/data.expected.json
// Deterministic: the same seed gives byte-identical files on every machine.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { datasets, type Dataset } from './datasets.js';
import { manifest, type Manifest } from './manifest.js';
import { packageSamples } from './packaging.js';
import { population } from './population.js';
import { Random } from './random.js';
import { writeWorkbook } from './writers/excel.js';
import { writeJsonArray, writeJsonLines } from './writers/json.js';
import { writeMysqlDump, writePostgresDump } from './writers/sql.js';

export const DEFAULT_SEED = 20261122;
const POPULATION = 3000;

export async function generateSamples(outDir: string, seed = DEFAULT_SEED): Promise<Manifest> {
  const rng = new Random(seed);
  const people = population(rng, POPULATION);
  const sets = datasets(rng, people);
  rmSync(outDir, { recursive: true, force: true });
  for (const d of sets) writeDataset(outDir, d);
  const moved = await packageSamples(outDir);
  const m = manifest(seed, sets.map((d) => ({ ...d, path: moved.get(d.path) ?? d.path })));
  writeFileSync(`${outDir.replace(/[\\/]+$/, '')}.expected.json`, JSON.stringify(m, null, 2) + '\n');
  return m;
}

function writeDataset(outDir: string, d: Dataset): void {
  const path = join(outDir, d.path);
  mkdirSync(dirname(path), { recursive: true });
  if (d.lines) {
    writeFileSync(path, d.lines.join('\n') + '\n');
    return;
  }
  const t = d.table!;
  const format = d.format ?? 'csv';
  switch (format) {
    case 'csv': {
      const text = Papa.unparse({ fields: t.header, data: t.rows }, { delimiter: path.endsWith('.tsv') ? '\t' : ',', newline: '\r\n' });
      // Chinese Excel users save CSV with a BOM, or in GBK: the samples have one of each.
      if (d.encoding === 'gb18030') writeFileSync(path, iconv.encode(text + '\r\n', 'gb18030'));
      else writeFileSync(path, (d.path.startsWith('shop/') ? '\ufeff' : '') + text + '\r\n');
      return;
    }
    case 'xlsx':
    case 'xls':
    case 'ods':
      return writeWorkbook(path, [t], { bookType: format, numericColumns: d.numericColumns });
    case 'json':
      return writeJsonArray(path, t);
    case 'jsonl':
      return writeJsonLines(path, t);
    case 'mysql':
      return writeMysqlDump(path, [t]);
    case 'postgres':
      return writePostgresDump(path, [t]);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'samples/data';
  const m = await generateSamples(out);
  process.stdout.write(`wrote ${m.files.length} files, ${m.records} records (${m.personalRecords} personal, ${m.persons} persons) to ${out}; expected counts in ${out}.expected.json\n`);
}
