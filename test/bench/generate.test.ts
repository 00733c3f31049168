// The benchmark inputs: real-shaped people (valid check characters, allocated segments),
// and a large CSV whose distinct-person count the generator knows exactly — the bench
// checks piscan's count against it, so that count must be right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { peopleFor, writeBigCsv } from '../../bench/generate.js';
import { asciiClasses } from '../../bench/ripgrepSyntax.js';
import { person } from '../../bench/synth.js';
import { detector, verifiedTypes } from '../helpers.js';
import { scan, tempDir } from '../scanHelpers.js';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('benchmark inputs', () => {
  it('people have identifiers piscan verifies, and distinct people distinct identifiers', () => {
    const d = detector();
    const ids = new Set<string>();
    const mobiles = new Set<string>();
    for (let i = 0; i < 5000; i += 7) {
      const p = person(i);
      ids.add(p.residentId);
      mobiles.add(p.mobile);
      const record = { sheet: null, index: 1, fields: [{ name: '身份证号', value: p.residentId }, { name: '手机号', value: p.mobile }, { name: '银行卡号', value: p.bankCard }] };
      expect(verifiedTypes(d.detect(record))).toEqual(expect.arrayContaining(['cn_resident_id', 'cn_mobile', 'bank_card']));
    }
    expect(ids.size).toBe(Math.ceil(5000 / 7));
    expect(mobiles.size).toBe(Math.ceil(5000 / 7));
  });

  it('the large CSV holds exactly peopleFor(records) distinct people, and piscan counts them', async () => {
    const t = tempDir('bench');
    cleanup = t.cleanup;
    const path = join(t.dir, 'people.csv');
    const records = 12_000;
    expect(writeBigCsv(path, records)).toBe(peopleFor(records));
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(records + 1);
    const outcome = await scan([t.dir]);
    expect(outcome.tally.records).toBe(records);
    expect(outcome.tally.persons).toBe(peopleFor(records));
  });

  it("ripgrep gets RE2's ASCII classes, inside and outside brackets", () => {
    expect(asciiClasses('\\b[1-9]\\d{5}[\\dXx]\\s*\\w\\b')).toBe('(?-u:\\b)[1-9](?-u:\\d){5}[0-9Xx](?-u:\\s)*(?-u:\\w)(?-u:\\b)');
    expect(asciiClasses('[^\\s,，]{4}\\.\\p{Han}')).toBe('[^\\t\\n\\f\\r ,，]{4}\\.\\p{Han}');
  });
});
