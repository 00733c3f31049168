// The table every sample writer takes: a name (sheet or SQL table), a header, rows of text.

export interface SampleTable {
  name: string;
  header: string[];
  rows: string[][];
}

/** A row as header → value pairs, empty cells left out (they are NULL / absent in dumps). */
export function rowEntries(table: SampleTable, row: string[]): [string, string][] {
  return table.header.flatMap((h, i) => (row[i] === undefined || row[i] === '' ? [] : [[h, row[i]] as [string, string]]));
}
