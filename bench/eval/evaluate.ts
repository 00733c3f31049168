// Measures the catalogue on a labelled corpus (generate.ts): precision, recall and F1 per
// entity type, record-category accuracy, and the error of the person and item counts.
//   npm run eval -- --seed 2 --variant heldout [--records 5000] [--min-confidence 0.8]
// Entities are compared as (record, type, normalised value); coordinates, which a record
// may hold as one pair or as two columns, as (record, type). Only verified findings count.
import { parseArgs } from 'node:util';
import { classify } from '../../src/classify/classify.js';
import { builtinVocabulary } from '../../src/classify/vocabulary.js';
import { builtinCatalogue } from '../../src/detect/catalogue.js';
import { Detector, type Found } from '../../src/detect/detector.js';
import { createKeyedHasher } from '../../src/resolve/keyedHash.js';
import { loadRoles } from '../../src/resolve/roles.js';
import { personSlots } from '../../src/resolve/slots.js';
import { Tally } from '../../src/tally/tally.js';
import { corpusArgs, generateCorpus } from './generate.js';
import type { LabelledRecord, TrueEntity } from './layouts.js';

const PRESENCE_ONLY = new Set(['geo_coordinate']);
/** The scan date the corpus's birth dates are checked against. */
const NOW = new Date('2026-11-22T00:00:00Z');

interface Score { tp: number; fp: number; fn: number }

export interface Evaluation {
  scores: Map<string, Score>;
  records: number;
  categoryCorrect: number;
  confusions: Map<string, number>;
  persons: { truth: number; measured: number };
  items: { truth: number; measured: number };
  excluded: Map<string, number>;
}

export function evaluate(corpus: LabelledRecord[], minConfidence = 0): Evaluation {
  const catalogue = builtinCatalogue();
  const detector = new Detector({ catalogue, dates: { now: NOW }, minConfidence });
  const vocabulary = builtinVocabulary();
  const roles = loadRoles();
  const hash = createKeyedHasher('piscan-eval');
  const tally = new Tally();
  tally.openFile(0, 'corpus');
  const scores = new Map<string, Score>();
  const score = (type: string): Score => scores.get(type) ?? (scores.set(type, { tp: 0, fp: 0, fn: 0 }), scores.get(type)!);
  const keyOf = (type: string, normalised: string): string => (PRESENCE_ONLY.has(type) ? type : `${type}\0${normalised}`);
  const truthKey = (e: TrueEntity): string => keyOf(e.type, catalogue.byId.get(e.type)?.normalise(e.value) ?? e.value);
  const confusions = new Map<string, number>();
  const excluded = new Map<string, number>();
  const truthPersons = new Set<number>();
  const truthItems = new Set<string>();
  let categoryCorrect = 0;

  for (const rec of corpus) {
    const found = detector.detect(rec.record);
    const kept = found.filter((f) => f.verified && f.entity.spec.kind !== 'excluded');
    for (const f of found) if (f.entity.spec.kind === 'excluded') excluded.set(f.entity.spec.id, (excluded.get(f.entity.spec.id) ?? 0) + 1);
    compare(new Set(rec.entities.map(truthKey)), new Set(kept.map((f: Found) => keyOf(f.entity.spec.id, f.normalised))), score);

    const slots = personSlots(found, roles, hash);
    const category = slots.length > 0 ? classify(rec.record, vocabulary, found) : null;
    if (category !== null) tally.addPersonalRecord(0, category, slots);
    if (category === rec.category) categoryCorrect++;
    else {
      const k = `${rec.layout}: ${rec.category ?? 'not personal'} → ${category ?? 'not personal'}`;
      confusions.set(k, (confusions.get(k) ?? 0) + 1);
    }
    if (rec.category !== null) {
      for (const p of rec.persons) {
        truthPersons.add(p);
        truthItems.add(`${p}:${rec.category}`);
      }
    }
  }
  const result = tally.result();
  return {
    scores,
    records: corpus.length,
    categoryCorrect,
    confusions,
    persons: { truth: truthPersons.size, measured: result.persons },
    items: { truth: truthItems.size, measured: result.categories.reduce((s, c) => s + c.items, 0) },
    excluded,
  };
}

/** The rows a key counts in: its type, and for IMEIs also their own row (a checksummed target). */
function rowsOf(key: string): string[] {
  const [type, value] = key.split('\0');
  return type === 'device_id' && /^\d{15}$/.test(value ?? '') ? [type, 'device_id (IMEI)'] : [type];
}

function compare(truth: Set<string>, found: Set<string>, score: (type: string) => Score): void {
  for (const k of found) for (const row of rowsOf(k)) truth.has(k) ? score(row).tp++ : score(row).fp++;
  for (const k of truth) if (!found.has(k)) for (const row of rowsOf(k)) score(row).fn++;
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');

export function renderTable(e: Evaluation): string {
  const rows = [...e.scores.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, s]) => {
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    return `| ${type} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(p)} | ${pct(r)} | ${pct((2 * p * r) / (p + r))} |`;
  });
  const relErr = (m: { truth: number; measured: number }): string => `${m.measured} vs ${m.truth} true (${(((m.measured - m.truth) / m.truth) * 100).toFixed(1)}%)`;
  return [
    '| entity type | true | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `record-category accuracy: ${pct(e.categoryCorrect / e.records)} (${e.categoryCorrect}/${e.records} records, "not personal" counted as a category)`,
    `persons: ${relErr(e.persons)}`,
    `items (person × category): ${relErr(e.items)}`,
    `excluded (organisation identifiers recognised and left out): ${[...e.excluded.entries()].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({ args: argv, options: { 'min-confidence': { type: 'string', default: '0' }, verbose: { type: 'boolean', default: false } }, strict: false });
  const args = corpusArgs(argv.filter((a, i) => !['--min-confidence', '--verbose'].includes(a) && argv[i - 1] !== '--min-confidence'));
  const e = evaluate(generateCorpus(args.seed, args.variant, args.records), Number(values['min-confidence']));
  process.stdout.write(`seed ${args.seed}, variant ${args.variant}, ${args.records} records\n\n${renderTable(e)}\n`);
  if (values.verbose) for (const [k, n] of [...e.confusions.entries()].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${n}\t${k}\n`);
}
