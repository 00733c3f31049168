// Identifiers that a spreadsheet kept as numbers. A phone typed into Excel is the number
// 13812345678 and must be read back as those 11 digits, never as 1.38E+10. Excel keeps
// 15 significant digits, so an 18-digit resident ID saved as a number has lost its last
// ones, and a CSV saved from a narrow column may hold the text "1.38123E+10": both are
// expanded to digits and marked damaged, so what they match counts as unverified
// instead of vanishing from the counts.
import type { Field } from '../types.js';

/** Significant digits a spreadsheet number keeps (Excel's limit; doubles hold 15–17). */
const EXACT_DIGITS = 15;
/** Shorter numbers in scientific notation are amounts, not identifiers: left as they are. */
const MIN_ID_DIGITS = 7;

export interface CellText {
  value: string;
  damaged: boolean;
}

/** A number cell as text: integers as their full digit string. */
export function numberText(n: number): CellText {
  if (!Number.isFinite(n) || !Number.isInteger(n)) return { value: String(n), damaged: false };
  const digits = BigInt(n).toString();
  return { value: digits, damaged: digits.replace('-', '').length > EXACT_DIGITS };
}

/**
 * Text that is a whole integer in scientific notation (1.38123E+10) as digits; damaged
 * unless the mantissa carries every digit. Anything else is returned unchanged.
 * A hand-written scanner, not a regex: it runs on every cell of untrusted input.
 */
export function scientificText(text: string): CellText {
  const unchanged = { value: text, damaged: false };
  const s = text.trim();
  const e = s.indexOf('E') !== -1 ? s.indexOf('E') : s.indexOf('e');
  if (e < 1 || e > 40 || !isDigit(s.charCodeAt(0))) return unchanged;
  const mantissa = s.slice(0, e);
  const dot = mantissa.indexOf('.');
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fraction = dot === -1 ? '' : mantissa.slice(dot + 1);
  let exponent = s.slice(e + 1);
  if (exponent.startsWith('+')) exponent = exponent.slice(1);
  if (!allDigits(intPart) || (dot !== -1 && !allDigits(fraction)) || !allDigits(exponent) || exponent.length > 2) return unchanged;
  const shift = Number(exponent);
  if (shift < fraction.length) return unchanged;
  const digits = BigInt(intPart + fraction + '0'.repeat(shift - fraction.length)).toString();
  if (digits.length < MIN_ID_DIGITS) return unchanged;
  return { value: digits, damaged: shift > fraction.length };
}

/** A named field from cell text, with scientific notation expanded and flagged. */
export function textField(name: string | null, text: string): Field {
  const cell = scientificText(text);
  return cell.damaged ? { name, value: cell.value, damaged: true } : { name, value: cell.value };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
