// Parsing of option values; a bad value becomes commander's one-line usage error (exit 2).
import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `100MB`, `1g`, `512k` or a number of bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError('expected a size such as 500MB, 2GB or a number of bytes');
  return Math.floor(Number(m[1]) * unit);
}

export function parseCount(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return Number(value);
  };
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A confidence from 0 to 1 (--min-confidence). */
export function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.8');
  return n;
}

/** A calendar date (2026-01-01) or a full ISO time; kept as given, checked here. */
export function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw new InvalidArgumentError('expected a date such as 2026-01-01');
  }
  return value;
}
