// Helpers for reader tests: files written into a fresh temp dir, records read back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openFile, type ReaderLimits } from '../../src/read/reader.js';
import type { DataRecord } from '../../src/types.js';

const KNOWN = ['姓名', '手机号', '身份证号', '联系电话', '地址', 'name', 'phone', '诊断'];

export const LIMITS: ReaderLimits = { maxRecordChars: 1 << 20, isKnownHeader: (c) => KNOWN.includes(c.trim()) };

/** A temp dir for this test file, removed after it. */
export function tempDir(): (name: string, content?: string | Buffer) => string {
  const dir = mkdtempSync(join(tmpdir(), 'piscan-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(dir, name);
    if (content !== undefined) writeFileSync(path, content);
    return path;
  };
}

export interface ReadResult {
  format: string | null;
  records: DataRecord[];
  error: string | null;
}

/** Every record of a file, and the error that stopped the reader (if one did). */
export async function readAll(path: string, limits: Partial<ReaderLimits> = {}): Promise<ReadResult> {
  const opened = await openFile(path, { ...LIMITS, ...limits });
  if ('skip' in opened) return { format: null, records: [], error: opened.skip };
  const records: DataRecord[] = [];
  try {
    for await (const r of opened.records) records.push(r);
    return { format: opened.format, records, error: null };
  } catch (e) {
    return { format: opened.format, records, error: (e as Error).message };
  }
}

/** A record's fields as name → value (last wins), for compact assertions. */
export function fieldsOf(r: DataRecord): Record<string, string> {
  return Object.fromEntries(r.fields.map((f) => [f.name ?? '', f.value]));
}
