// Text and log files: one record per line, the whole line as one unnamed field.
import type { DataRecord } from '../types.js';
import { ReadError } from './errors.js';

export async function* lineRecords(chunks: AsyncIterable<string>, maxLineChars: number): AsyncGenerator<DataRecord> {
  let pending = '';
  let index = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
      yield line(pending.slice(start, nl), ++index);
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineChars) {
      throw new ReadError(`line ${index + 1} is longer than ${maxLineChars} characters (not a text file, or one record per file)`);
    }
  }
  if (pending.length > 0) yield line(pending, ++index);
}

function line(text: string, index: number): DataRecord {
  const value = text.endsWith('\r') ? text.slice(0, -1) : text;
  return { sheet: null, index, fields: [{ name: null, value }] };
}
