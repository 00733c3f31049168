// Where CSV records start, following the quoting as papaparse does: a quote opens a field
// only at the field's start, `""` inside a quoted field is an escaped quote, any other
// quote closes it. Shared by the record-length guard (csvBounds.ts) and the planner that
// cuts a large file into byte ranges (recordCuts.ts), so both see the same records.

/** Characters after which a quote opens a quoted field when the delimiter is not known yet (papaparse's guessable ones, and line ends). */
const ANY_FIELD_START = new Set([',', '\t', ';', '|', '\x1e', '\x1f', '\n', '\r']);

export class CsvQuoting {
  /** Offset (in the units of the text fed) of the record being read. */
  recordStart = 0;
  /** Its line number, 1-based. */
  recordLine = 1;
  inQuotes = false;
  /** A quoted field closed before something other than a delimiter or line end: papaparse reads on to a later quote. */
  irregular = false;
  private line = 1;
  private base = 0;
  private quoteAtChunkEnd = false;
  private prev = '\n';

  constructor(private readonly fieldStart: ReadonlySet<string> = ANY_FIELD_START) {}

  /** Follows one more piece of the text; `onRecordStart` gets the offset of each record that starts in it. */
  feed(s: string, onRecordStart?: (offset: number) => void): void {
    let i = 0;
    if (this.quoteAtChunkEnd) {
      // A quote inside a quoted field ended the last piece: `""` escapes, anything else closes.
      this.quoteAtChunkEnd = false;
      if (s[0] === '"') i = 1;
      else this.close(s[0]);
    }
    while (i < s.length) {
      const q = s.indexOf('"', i);
      const stop = q === -1 ? s.length : q;
      for (let n = s.indexOf('\n', i); n !== -1 && n < stop; n = s.indexOf('\n', n + 1)) {
        this.line++;
        if (!this.inQuotes) {
          this.recordStart = this.base + n + 1;
          this.recordLine = this.line;
          onRecordStart?.(this.recordStart);
        }
      }
      if (q === -1) break;
      i = q + 1;
      if (!this.inQuotes) this.inQuotes = this.fieldStart.has(q > 0 ? s[q - 1] : this.prev);
      else if (q + 1 === s.length) this.quoteAtChunkEnd = true;
      else if (s[q + 1] === '"') i = q + 2;
      else this.close(s[q + 1]);
    }
    this.base += s.length;
    if (s.length > 0) this.prev = s[s.length - 1];
  }

  /** Whether the text fed so far ends inside a quoted field. */
  get unbalanced(): boolean {
    return this.inQuotes && !this.quoteAtChunkEnd;
  }

  /** Offset just past the text fed so far. */
  get end(): number {
    return this.base;
  }

  private close(next: string | undefined): void {
    this.inQuotes = false;
    if (next !== undefined && next !== '\n' && next !== '\r' && !this.fieldStart.has(next)) this.irregular = true;
  }
}
