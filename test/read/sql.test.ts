// SQL dumps as mysqldump and pg_dump write them, read back through openFile.
import { describe, expect, it } from 'vitest';
import { sqlRecords } from '../../src/read/sql.js';
import type { DataRecord } from '../../src/types.js';
import { fieldsOf, readAll, tempDir } from './readHelpers.js';

const file = tempDir();

const MYSQL = `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`customers\`;
CREATE TABLE \`customers\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`name\` varchar(32) DEFAULT 'n/a, none' COMMENT '姓名; 真实姓名',
  \`mobile\` varchar(20) DEFAULT NULL,
  \`address\` text,
  PRIMARY KEY (\`id\`),
  KEY \`idx_mobile\` (\`mobile\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES \`customers\` WRITE;
/*!40000 ALTER TABLE \`customers\` DISABLE KEYS */;
INSERT INTO \`customers\` VALUES (1,'O\\'Brien','13812345678','北京市海淀区\\n中关村;1号'),(2,'张伟',NULL,'it''s (here), ok'),(3,_binary 'abc',CONCAT('139','12345678'),'');
INSERT INTO \`orders\` (\`order_no\`, \`receiver_tel\`, \`amount\`) VALUES (10,'13912345678',99.50) ON DUPLICATE KEY UPDATE amount=VALUES(amount);
/*!40000 ALTER TABLE \`customers\` ENABLE KEYS */;
UNLOCK TABLES;
`;

const POSTGRES = `--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE TABLE public.patients (
    id integer NOT NULL,
    name text,
    phone text,
    note text
);
COPY public.patients (id, name, phone, note) FROM stdin;
1\t张伟\t13812345678\t复诊\\t高血压
2\t\\N\t13912345678\tC:\\\\temp\\n第二行
\\.
INSERT INTO public.patients VALUES (3, 'a\\', 'b''c', NULL);
`;

async function chunked(text: string, size: number, backslashEscapes: boolean): Promise<DataRecord[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out: DataRecord[] = [];
  for await (const r of sqlRecords(chunks(), { maxRecordChars: 1 << 20, backslashEscapes })) out.push(r);
  return out;
}

describe('mysqldump', () => {
  it('reads multi-row INSERTs with quotes and escapes, naming columns from CREATE TABLE', async () => {
    const { format, records, error } = await readAll(file('shop.sql', MYSQL));
    expect([format, error]).toEqual(['sql', null]);
    expect(records.map((r) => [r.sheet, r.index, fieldsOf(r)])).toEqual([
      ['customers', 1, { id: '1', name: "O'Brien", mobile: '13812345678', address: '北京市海淀区\n中关村;1号' }],
      ['customers', 2, { id: '2', name: '张伟', address: "it's (here), ok" }],
      ['customers', 3, { id: '3', name: 'abc', mobile: '13912345678' }],
      ['orders', 1, { order_no: '10', receiver_tel: '13912345678', amount: '99.50' }],
    ]);
  });

  it('reads the same rows whatever the chunk boundaries', async () => {
    const whole = await chunked(MYSQL, MYSQL.length, true);
    for (const size of [1, 2, 5, 64]) expect(await chunked(MYSQL, size, true)).toEqual(whole);
  });

  it('reports an INSERT cut off mid-row', async () => {
    const { records, error } = await readAll(file('cut.sql', "INSERT INTO t (a) VALUES ('13812345678'),('1391234"));
    expect(records).toHaveLength(1);
    expect(error).toBe('INSERT into t ends early (truncated dump?)');
  });
});

describe('pg_dump', () => {
  it('reads COPY blocks (tabs, \\N, escapes, ended by \\.) and standard-string INSERTs', async () => {
    const { format, records } = await readAll(file('clinic.sql', POSTGRES));
    expect(format).toBe('sql');
    expect(records.map((r) => [r.sheet, r.index, fieldsOf(r)])).toEqual([
      ['patients', 1, { id: '1', name: '张伟', phone: '13812345678', note: '复诊\t高血压' }],
      ['patients', 2, { id: '2', phone: '13912345678', note: 'C:\\temp\n第二行' }],
      ['patients', 3, { id: '3', name: 'a\\', phone: "b'c" }],
    ]);
  });

  it('knows a dump by its content under another name', async () => {
    expect((await readAll(file('clinic.dump', POSTGRES))).format).toBe('sql');
    expect(await chunked(POSTGRES, 3, false)).toEqual(await chunked(POSTGRES, POSTGRES.length, false));
  });
});
