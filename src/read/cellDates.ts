// Dates in workbooks: a date cell is a serial number under a date format. Both workbook
// parsers (SheetJS's and the .xlsx stream) write it as ISO text so birth dates are found.
import XLSX from 'xlsx';
import { numberText, type CellText } from './numbers.js';

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}
/** The parts of SheetJS's number-format library used here (its typings say `any`). */
const SSF = XLSX.SSF as { is_date(format: string): boolean; parse_date_code(serial: number): DateCode | null; get_table(): Record<number, string> };
const dateFormats = new Map<string, boolean>();

export function isDateFormat(format: string): boolean {
  let is = dateFormats.get(format);
  if (is === undefined) dateFormats.set(format, (is = SSF.is_date(format)));
  return is;
}

/**
 * Built-in formats 27–36 and 50–58 are the East Asian locales' dates (yyyy"年"m"月"d"日" in
 * a Chinese Excel); they are not in the file, and Excel maps them to its date format 14.
 */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a built-in number format (by id, ECMA-376 §18.8.30) is a date or time. */
export function isBuiltinDateFormat(id: number): boolean {
  const format = SSF.get_table()[id];
  return format !== undefined ? isDateFormat(format) : LOCALE_DATE_IDS.has(id);
}

/** A date-formatted serial as ISO text (calendar arithmetic, no time zone). */
export function serialDateText(serial: number): CellText {
  const c = SSF.parse_date_code(serial);
  if (!c) return numberText(serial);
  return { value: dateText(c.y, c.m, c.d, c.H, c.M, c.S), damaged: false };
}

export function dateText(y: number, m: number, d: number, hh: number, mm: number, ss: number): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const time = hh + mm + ss === 0 ? '' : ` ${p(hh)}:${p(mm)}:${p(ss)}`;
  return `${p(y, 4)}-${p(m)}-${p(d)}${time}`;
}
