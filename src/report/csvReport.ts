// CSV reports for spreadsheets: RFC 4180 (CRLF, fields quoted when they hold a comma, quote
// or line break, quotes doubled), UTF-8 with a byte-order mark because Excel otherwise reads
// a CSV in the local code page and garbles Chinese. Two tables with their own columns:
// categories (--format csv) and files (--files-csv FILE), so each opens as one clean sheet.
import { CATEGORY_IDS } from '../types.js';
import type { Report } from './jsonReport.js';
import { fileItems, levelsOf, tierItems } from './summary.js';

export const BOM = '\uFEFF';

type Cell = string | number | null;

/** One row per legal category, in LEGAL.md order, with every level line of the policy. */
export function renderCategoriesCsv(r: Report): string {
  const levels = levelsOf(r);
  const tiers = tierItems(r);
  const head = ['category', 'name', 'tier', 'records', 'items', 'tier_items', ...levels.map((l) => `${l.id}_at`), 'ratio'];
  const rows = r.categories.map((c) => [c.id, c.name, c.tier, c.records, c.items, tiers[c.tier], ...levels.map((l) => c.threshold * l.multiplier), c.ratio]);
  return toCsv(head, rows);
}

/** One row per file: scanned, failed part-way (`error`) or not read at all (`skipped`). */
export function renderFilesCsv(r: Report): string {
  const head = ['path', 'status', 'format', 'encoding', 'bytes', 'records', 'personal_records', 'items', ...CATEGORY_IDS.map((id) => `items_${id}`), 'reason'];
  const scanned = r.files.map((f) => [
    f.path,
    f.error === null ? 'scanned' : 'error',
    f.format,
    f.encoding,
    f.bytes,
    f.records,
    f.personalRecords,
    fileItems(f),
    ...CATEGORY_IDS.map((id) => f.items[id] ?? 0),
    f.error,
  ]);
  const skipped = r.skipped.map((s) => [s.path, 'skipped', null, null, null, null, null, null, ...CATEGORY_IDS.map(() => null), s.reason]);
  return toCsv(head, [...scanned, ...skipped]);
}

export function toCsv(head: string[], rows: Cell[][]): string {
  return BOM + [head, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One field. Text that a spreadsheet would run as a formula (a file named `=HYPERLINK(…)`)
 * gets a leading apostrophe, the usual defence against CSV injection; numbers stay numbers.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
