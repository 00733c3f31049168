// The labelled evaluation corpus: records with their true entities, category and people,
// from a seed and a vocabulary variant. Deterministic: the same arguments give the same
// corpus. Run directly it writes JSON Lines:
//   node dist/bench/eval/generate.js --seed 1 --variant dev [--records 5000] > corpus.jsonl
import { parseArgs } from 'node:util';
import { contextFor, LAYOUTS, type LabelledRecord } from './layouts.js';
import { PersonPool } from './people.js';
import { Random } from '../../samples/random.js';
import { VARIANTS, type Variant } from './vocabulary.js';

export function generateCorpus(seed: number, variant: Variant, records: number): LabelledRecord[] {
  const r = new Random(seed);
  const ctx = contextFor(r, new PersonPool(r), variant);
  const layouts = Object.entries(LAYOUTS);
  const total = layouts.reduce((s, [, l]) => s + l.weight, 0);
  const corpus: LabelledRecord[] = [];
  for (let i = 0; i < records; i++) {
    let x = r.next() * total;
    const [name, layout] = layouts.find(([, l]) => (x -= l.weight) < 0) ?? layouts[layouts.length - 1];
    const made = layout.make(ctx);
    corpus.push({ layout: name, ...made, record: { ...made.record, index: i + 1 } });
  }
  return corpus;
}

export interface CorpusArgs {
  seed: number;
  variant: Variant;
  records: number;
}

export function corpusArgs(argv: string[]): CorpusArgs {
  const { values } = parseArgs({ args: argv, options: { seed: { type: 'string', default: '1' }, variant: { type: 'string', default: 'dev' }, records: { type: 'string', default: '5000' } } });
  const variant = values.variant as Variant;
  if (!VARIANTS.includes(variant)) throw new Error(`--variant: expected ${VARIANTS.join(', ')}, got ${variant}`);
  return { seed: Number(values.seed), variant, records: Number(values.records) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = corpusArgs(process.argv.slice(2));
  for (const rec of generateCorpus(args.seed, args.variant, args.records)) process.stdout.write(JSON.stringify(rec) + '\n');
}
