// JSON documents and JSON Lines, written by the test, read back through openFile.
import { describe, expect, it } from 'vitest';
import { jsonRecords } from '../../src/read/json.js';
import type { DataRecord } from '../../src/types.js';
import { detector, verifiedTypes } from '../helpers.js';
import { fieldsOf, readAll, tempDir } from './readHelpers.js';

const file = tempDir();

const people = [
  { id: 1, user: { name: '张伟', phone: '13812345678', idcard: '360426199101010071' }, tags: ['vip', 'new'] },
  { id: 2, user: { name: '王芳', contacts: [{ tel: '13912345678' }] }, resident: 110102199101010078 },
];

/** Records of a JSON text fed to the reader in chunks of `size` characters. */
async function chunked(text: string, size: number, lines = false): Promise<DataRecord[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out: DataRecord[] = [];
  for await (const r of jsonRecords(chunks(), { lines, maxRecordChars: 1 << 20, maxDepth: 256 })) out.push(r);
  return out;
}

describe('JSON documents', () => {
  it('makes each element of a top-level array a record, numbered from 1, fields named by path', async () => {
    const { format, records, error } = await readAll(file('people.json', JSON.stringify(people, null, 2)));
    expect([format, error]).toEqual(['json', null]);
    expect(records.map((r) => [r.sheet, r.index])).toEqual([
      [null, 1],
      [null, 2],
    ]);
    expect(records[0].fields).toContainEqual({ name: 'user.phone', value: '13812345678' });
    expect(records[0].fields.filter((f) => f.name === 'tags').map((f) => f.value)).toEqual(['vip', 'new']);
    expect(fieldsOf(records[1])['user.contacts.tel']).toBe('13912345678');
  });

  it('keeps every digit of a long number as written', async () => {
    const { records } = await readAll(file('long.json', '[{"resident": 110102199101010078}]'));
    expect(records[0].fields).toEqual([{ name: 'resident', value: '110102199101010078' }]);
  });

  it('uses the last path segment as the column hint: user.name is a person, 用户名 is an account', async () => {
    const { records } = await readAll(file('hints.json', '[{"user": {"name": "张伟", "phone": "13812345678"}}, {"用户名": "张伟", "phone": "13812345678"}]'));
    const d = detector();
    expect(verifiedTypes(d.detect(records[0]))).toEqual(expect.arrayContaining(['person_name', 'cn_mobile']));
    expect(verifiedTypes(d.detect(records[1]))).not.toContain('person_name');
  });

  it('takes records from the arrays of a top-level object, named by their member', async () => {
    const doc = { code: 0, data: { list: [{ phone: '13812345678' }, { phone: '13912345678' }] }, msg: 'ok' };
    const { records } = await readAll(file('api.json', JSON.stringify(doc)));
    expect(records.map((r) => [r.sheet, r.index, fieldsOf(r)])).toEqual([
      ['data.list', 1, { phone: '13812345678' }],
      ['data.list', 2, { phone: '13912345678' }],
      [null, 1, { code: '0', msg: 'ok' }],
    ]);
  });

  it('reads the same records whatever the chunk boundaries (escapes, numbers, literals split)', async () => {
    const text = JSON.stringify([{ a: 'x\\"y\u00e9\n', b: -12.5e3, c: true, d: null, e: '\u4e2d\u6587' }, ...people]);
    const whole = await chunked(text, text.length);
    for (const size of [1, 2, 3, 7]) expect(await chunked(text, size)).toEqual(whole);
    expect(fieldsOf(whole[0])).toEqual({ a: 'x\\"yé\n', b: '-12500', c: 'true', e: '中文' });
  });

  it('fails JSON nested 100,000 deep with one clear line, without overflowing the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { error } = await readAll(file('deep.json', deep));
    expect(error).toBe('JSON nested deeper than 256 levels at line 1');
  });

  it('reports a truncated or broken document by line, without its text', async () => {
    expect((await readAll(file('cut.json', '[{"phone": "13812345678"},\n{"phone": "139'))).error).toMatch(/ends early|line 2/);
    const broken = await readAll(file('broken.json', '[{"phone": 13812345678 13812345678}]'));
    expect(broken.error).toBe('not valid JSON at line 1');
  });
});

describe('JSON Lines', () => {
  it('makes each line a record numbered by its line, blank lines counted', async () => {
    const text = people.map((p) => JSON.stringify(p)).join('\n\n') + '\n';
    const { format, records } = await readAll(file('people.jsonl', text));
    expect(format).toBe('jsonl');
    expect(records.map((r) => r.index)).toEqual([1, 3]);
    expect(fieldsOf(records[1])['user.name']).toBe('王芳');
  });

  it('knows JSON Lines by content under a .json name, and reads the same across chunks', async () => {
    const text = people.map((p) => JSON.stringify(p)).join('\r\n');
    expect((await readAll(file('lines.json', text))).format).toBe('jsonl');
    expect(await chunked(text, 5, true)).toEqual(await chunked(text, text.length, true));
  });
});
