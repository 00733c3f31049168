// Sample JSON exports: an array of objects, or JSON Lines. A dotted column name becomes
// nesting (`buyer.phone` → {"buyer": {"phone": …}}), as API exports nest their fields.
import { writeFileSync } from 'node:fs';
import { rowEntries, type SampleTable } from './table.js';

type JsonObject = { [key: string]: string | JsonObject };

/** The table as a JSON array of objects, one per row, pretty-printed. */
export function writeJsonArray(path: string, table: SampleTable): void {
  writeFileSync(path, JSON.stringify(table.rows.map((r) => rowObject(table, r)), null, 2) + '\n');
}

/** The table as JSON Lines: one object per row and line. */
export function writeJsonLines(path: string, table: SampleTable): void {
  writeFileSync(path, table.rows.map((r) => JSON.stringify(rowObject(table, r)) + '\n').join(''));
}

function rowObject(table: SampleTable, row: string[]): JsonObject {
  const obj: JsonObject = {};
  for (const [name, value] of rowEntries(table, row)) {
    const path = name.split('.');
    let at = obj;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      at = typeof next === 'object' ? next : (at[key] = {});
    }
    at[path[path.length - 1]] = value;
  }
  return obj;
}
