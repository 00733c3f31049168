// Birth dates inside identifiers must be real calendar days, not in the future,
// and not implausibly old (an ID with a birth year of 1850 is a mistyped or made-up one).

export interface DateContext {
  /** Dates after this instant are impossible; the scan's start time. */
  now: Date;
}

const EARLIEST_YEAR = 1900;

/** `yyyymmdd` is a real day between 1900-01-01 and `ctx.now`. */
export function isCalendarDate(yyyymmdd: string, ctx: DateContext): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < EARLIEST_YEAR || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return false;
  return date.getTime() <= ctx.now.getTime();
}
