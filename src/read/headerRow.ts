// Whether a row of cells is a header: shared by the CSV reader (first row only) and the
// sheet reader (which looks for it under title rows).

const DATA_LIKE = /\d{5}|@/;
const MAX_HEADER_CHARS = 64;

/** Whether a cell of a row is a known column name (piscan's header vocabulary). */
export type IsKnownHeader = (cell: string) => boolean;

/** A known column name among the cells, or only short cells that do not look like data. */
export function looksLikeHeader(row: string[], isKnownHeader: IsKnownHeader): boolean {
  const cells = nonEmpty(row);
  if (cells.length === 0) return false;
  if (cells.some(isKnownHeader)) return true;
  return cells.every(isLabelLike);
}

/**
 * The header among a sheet's first rows: the first with two or more known column names,
 * else the first with two or more distinct cells none of which looks like data, else
 * the first with a known name (one-column sheets). A title above the header is one
 * distinct text, even merged across the columns. -1 when no row qualifies.
 */
export function findHeaderRow(rows: string[][], isKnownHeader: IsKnownHeader): number {
  const distinct = rows.map((r) => [...new Set(nonEmpty(r))]);
  const known = distinct.map((cells) => cells.filter(isKnownHeader).length);
  const byKnown = known.findIndex((k) => k >= 2);
  if (byKnown !== -1) return byKnown;
  const byShape = distinct.findIndex((cells) => cells.length >= 2 && cells.every(isLabelLike));
  if (byShape !== -1) return byShape;
  return known.findIndex((k) => k >= 1);
}

function nonEmpty(row: string[]): string[] {
  return row.map((c) => c.trim()).filter((c) => c.length > 0);
}

function isLabelLike(cell: string): boolean {
  return cell.length <= MAX_HEADER_CHARS && !DATA_LIKE.test(cell);
}
