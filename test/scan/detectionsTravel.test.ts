// Without findings or state, a record carries only the detections the tally needs (a
// verified bank card makes its person sensitive): the counts must not change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { person, scan, tempDir } from '../scanHelpers.js';

const CARDS = (JSON.parse(readFileSync(new URL('../fixtures/cards.json', import.meta.url), 'utf8')) as { vectors: { value: string; luhn?: boolean }[] }).vectors
  .map((v) => v.value)
  .filter((v) => /^62\d{14,17}$/.test(v) && luhn(v));

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('detections that travel with a record', () => {
  it('sensitive persons (bank cards) and items are the same with and without a findings file', async () => {
    const t = tempDir('travel');
    cleanup = t.cleanup;
    expect(CARDS.length).toBeGreaterThanOrEqual(3);
    const rows = Array.from({ length: 12 }, (_, i) => {
      const p = person(i);
      return `${p.name},${p.mobile},${i < 3 ? CARDS[i] : ''}`;
    });
    writeFileSync(join(t.dir, 'customers.csv'), ['姓名,手机号,银行卡号', ...rows].join('\n'));
    const lean = await scan([t.dir]);
    const full = await scan([t.dir], { findingsFile: join(t.dir, '..findings.jsonl'), walk: { include: [], exclude: ['**/..findings*'], maxFileSize: 1 << 30, hidden: false, followSymlinks: false } });
    expect(lean.tally.sensitivePersons).toBe(3);
    expect(full.tally.sensitivePersons).toBe(3);
    expect(lean.tally.categories).toEqual(full.tally.categories);
    expect(lean.tally.persons).toBe(12);
  });
});
