// Sample SQL dumps: mysqldump style (CREATE TABLE, extended INSERTs with backslash
// escapes) and pg_dump style (CREATE TABLE, COPY … FROM stdin blocks). Empty cells
// are written as NULL / \N. Every column is text: a dump of an export table.
import { writeFileSync } from 'node:fs';
import type { SampleTable } from './table.js';

/** Rows per INSERT statement, as mysqldump's extended inserts group them. */
const ROWS_PER_INSERT = 100;

export function writeMysqlDump(path: string, tables: SampleTable[]): void {
  const out = ['-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)', '/*!40101 SET NAMES utf8mb4 */;', ''];
  for (const t of tables) {
    const name = mysqlName(t.name);
    out.push(`DROP TABLE IF EXISTS ${name};`, `CREATE TABLE ${name} (`);
    out.push(t.header.map((h) => `  ${mysqlName(h)} varchar(255) DEFAULT NULL`).join(',\n'));
    out.push(') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '', `LOCK TABLES ${name} WRITE;`);
    for (let i = 0; i < t.rows.length; i += ROWS_PER_INSERT) {
      const tuples = t.rows.slice(i, i + ROWS_PER_INSERT).map((r) => `(${t.header.map((_, c) => mysqlValue(r[c])).join(',')})`);
      out.push(`INSERT INTO ${name} VALUES ${tuples.join(',')};`);
    }
    out.push('UNLOCK TABLES;', '');
  }
  writeFileSync(path, out.join('\n') + '\n');
}

export function writePostgresDump(path: string, tables: SampleTable[]): void {
  const out = ['--', '-- PostgreSQL database dump', '--', '', "SET client_encoding = 'UTF8';", 'SET standard_conforming_strings = on;', ''];
  for (const t of tables) {
    const name = `public.${pgName(t.name)}`;
    const columns = t.header.map(pgName);
    out.push(`CREATE TABLE ${name} (`, columns.map((c) => `    ${c} text`).join(',\n'), ');', '');
    out.push(`COPY ${name} (${columns.join(', ')}) FROM stdin;`);
    for (const r of t.rows) out.push(t.header.map((_, c) => copyValue(r[c])).join('\t'));
    out.push('\\.', '');
  }
  writeFileSync(path, out.join('\n') + '\n');
}

const MYSQL_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\0': '\\0', '\x1a': '\\Z' };
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function mysqlValue(v: string | undefined): string {
  if (v === undefined || v === '') return 'NULL';
  return `'${[...v].map((c) => MYSQL_ESCAPES[c] ?? c).join('')}'`;
}

function copyValue(v: string | undefined): string {
  if (v === undefined || v === '') return '\\N';
  return [...v].map((c) => COPY_ESCAPES[c] ?? c).join('');
}

function mysqlName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

function pgName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
