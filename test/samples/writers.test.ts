// The sample writers round-trip through piscan's readers, byte-for-byte stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../samples/writers/excel.js';
import { writeJsonArray, writeJsonLines } from '../../samples/writers/json.js';
import { writeMysqlDump, writePostgresDump } from '../../samples/writers/sql.js';
import type { SampleTable } from '../../samples/writers/table.js';
import { fieldsOf, readAll, tempDir } from '../read/readHelpers.js';

const file = tempDir();

const table: SampleTable = {
  name: 'customers',
  header: ['姓名', '手机号', 'buyer.address', 'note'],
  rows: [
    ['张伟', '13812345678', '北京市海淀区中关村大街1号', "O'Brien\\ said:\t\"hi\"\nbye"],
    ['王芳', '13912345678', '', 'x'],
  ],
};
const expected = table.rows.map((r) => Object.fromEntries(table.header.flatMap((h, i) => (r[i] === '' ? [] : [[h, r[i]]]))));

describe.each([
  ['xlsx', (p: string) => writeXlsx(p, table, { numericColumns: ['手机号'] }), 'customers.xlsx'],
  ['json', (p: string) => writeJsonArray(p, table), 'customers.json'],
  ['jsonl', (p: string) => writeJsonLines(p, table), 'customers.jsonl'],
  ['mysql', (p: string) => writeMysqlDump(p, [table]), 'mysql.sql'],
  ['postgres', (p: string) => writePostgresDump(p, [table]), 'pg.sql'],
] as const)('%s writer', (_kind, write, name) => {
  it('writes what the reader reads back, the same bytes every time', async () => {
    const path = file(name);
    write(path);
    const first = readFileSync(path);
    write(path);
    expect(readFileSync(path).equals(first)).toBe(true);
    const { records, error } = await readAll(path);
    expect(error).toBeNull();
    expect(records.map(fieldsOf)).toEqual(expected);
  });
});
