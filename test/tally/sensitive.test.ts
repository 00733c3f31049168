// Sensitive individuals (PIPL Art. 28) for cross-border counting: a person with a record in
// track, health, property or credit, or with a verified bank card — counted once, across
// records and through the links between identifiers; and person snapshots merge by person.
import { describe, expect, it } from 'vitest';
import { builtinVocabulary } from '../../src/classify/vocabulary.js';
import { PersonIndex } from '../../src/resolve/personIndex.js';
import { Tally } from '../../src/tally/tally.js';
import type { Detection } from '../../src/types.js';

const card = (verified: boolean): Detection => ({ type: 'bank_card', field: '银行卡号', value: '622848******1234', verified, confidence: 0.8 });
const key = (n: number) => n.toString(16).padStart(16, '0');

describe('sensitive persons', () => {
  it('counts persons with a sensitive category or a verified bank card, once each', () => {
    const t = new Tally(builtinVocabulary().sensitive);
    t.openFile(0, 'a.csv');
    t.addPersonalRecord(0, 'general', [{ role: '', keys: [key(1)] }]);
    t.addPersonalRecord(0, 'health', [{ role: '', keys: [key(1), key(2)] }]); // person 1 = 2, sensitive
    t.addPersonalRecord(0, 'health', [{ role: '', keys: [key(2)] }]);
    t.addPersonalRecord(0, 'general', [{ role: '', keys: [key(3)] }], [card(true)]); // bank card
    t.addPersonalRecord(0, 'general', [{ role: '', keys: [key(4)] }], [card(false)]); // unverified: not sensitive
    t.addPersonalRecord(0, 'transaction', [{ role: '', keys: [key(5)] }]); // tier B but not sensitive
    t.closeFile(0, { format: 'csv', encoding: 'utf-8', bytes: 1, records: 6, error: null }, {});
    const r = t.result();
    expect(r.persons).toBe(4);
    expect(r.sensitivePersons).toBe(2);
  });

  it('merges snapshots of earlier runs by person: links and category marks carry over', () => {
    const earlier = new Tally(builtinVocabulary().sensitive);
    earlier.openFile(0, 'old.csv');
    earlier.addPersonalRecord(0, 'track', [{ role: '', keys: [key(10), key(11)] }]);
    earlier.addPersonalRecord(0, 'general', [{ role: '', keys: [key(12)] }]);
    const now = new Tally(builtinVocabulary().sensitive);
    now.openFile(0, 'new.csv');
    now.addPersonalRecord(0, 'general', [{ role: '', keys: [key(11)] }]); // the same person as 10
    now.addPersonalRecord(0, 'general', [{ role: '', keys: [key(13)] }]);
    now.closeFile(0, { format: 'csv', encoding: 'utf-8', bytes: 1, records: 2, error: null }, {});
    expect(now.result()).toMatchObject({ persons: 2, sensitivePersons: 0 });
    now.index.absorb(earlier.index.snapshot());
    expect(now.result()).toMatchObject({ persons: 3, sensitivePersons: 1 });
    expect(() => new PersonIndex().absorb(Buffer.alloc(5))).toThrow(/truncated/);
  });
});
