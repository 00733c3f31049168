// Readers hold at most one record in memory: a record longer than --max-record-size, or
// an unbalanced quote that would make the rest of a CSV one field, is one clear error,
// found while reading (the rest of the file is not pulled in first).
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/read/csv.js';
import { boundedCsvText } from '../../src/read/csvBounds.js';
import { lineRecords } from '../../src/read/text.js';
import type { DataRecord } from '../../src/types.js';
import { peopleCsv } from '../scanHelpers.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** 100 chunks of 64K characters with no line end; counts how many were pulled. */
function endlessLine(): { chunks: AsyncGenerator<string>; pulled: () => number } {
  let pulled = 0;
  async function* gen(): AsyncGenerator<string> {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield 'x'.repeat(64 * 1024);
    }
  }
  return { chunks: gen(), pulled: () => pulled };
}

async function readAll(records: AsyncIterable<DataRecord>): Promise<{ records: DataRecord[]; error: string | null }> {
  const out: DataRecord[] = [];
  try {
    for await (const r of records) out.push(r);
    return { records: out, error: null };
  } catch (e) {
    return { records: out, error: (e as Error).message };
  }
}

const csvOpts = { isKnownHeader: () => true, maxFieldChars: 200_000 };

describe('CSV quoting and record size', () => {
  it('passes quoted fields with line ends and escaped quotes through, however the text is chunked', async () => {
    const text = 'name,note\n张伟,"line one\nline ""two"""\n李娜,12" screen\n王芳,"a,b"\n';
    for (let size = 1; size <= text.length; size++) {
      let out = '';
      for await (const s of boundedCsvText(chunksOf(text, size), 1000)) out += s;
      expect(out).toBe(text);
    }
    const { records, error } = await readAll(csvRecords(chunksOf(text, 5), csvOpts));
    expect(error).toBeNull();
    expect(records.map((r) => r.fields[1].value)).toEqual(['line one\nline "two"', '12" screen', 'a,b']);
  });

  it('reports an unbalanced quote as one error; the records before it still count', async () => {
    const text = peopleCsv(0, 3) + '赵强,"110105199001011234,13800000000\n' + peopleCsv(3, 3).split('\n').slice(1).join('\n');
    const { records, error } = await readAll(csvRecords(chunksOf(text, 64), csvOpts));
    expect(records).toHaveLength(3);
    expect(error).toBe('unbalanced quote: the record starting on line 5 has no closing quote');
  });

  it('stops a record longer than the limit without reading the rest of the file', async () => {
    const { chunks, pulled } = endlessLine();
    const { error } = await readAll(csvRecords(chunks, csvOpts));
    expect(error).toBe('the record starting on line 1 is longer than 200000 characters');
    expect(pulled()).toBeLessThan(6);
  });
});

describe('early stop', () => {
  it('releases the source (a file handle, an archive member) when reading stops early', async () => {
    let released = false;
    async function* source(): AsyncGenerator<string> {
      try {
        yield peopleCsv(0, 50);
        for (let i = 1; i < 1000; i++) yield peopleCsv(50 * i, 50).split('\n').slice(1).join('\n');
      } finally {
        released = true;
      }
    }
    for await (const r of csvRecords(source(), csvOpts)) if (r.index === 2) break;
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(true);
  });
});

describe('text line size', () => {
  it('stops a line longer than the limit without reading the rest of the file', async () => {
    const { chunks, pulled } = endlessLine();
    const { error } = await readAll(lineRecords(chunks, 200_000));
    expect(error).toBe('line 1 is longer than 200000 characters (not a text file, or one record per file)');
    expect(pulled()).toBeLessThan(6);
  });
});
