// SQL dumps → DataRecords, streamed character by character (an extended INSERT can be
// megabytes on one line): mysqldump `INSERT INTO t (cols) VALUES (…),(…);` — columns from
// the statement, or from the table's CREATE TABLE when it lists none — and PostgreSQL
// `COPY t (cols) FROM stdin;` blocks (tab-separated, \N for NULL, ended by `\.`).
// Each row is a record named by its table (`sheet`), numbered per table. Other
// statements are skipped; NULLs are left out.
import type { DataRecord, Field } from '../types.js';
import { ReadError } from './errors.js';
import { textField } from './numbers.js';
import { copyValues } from './pgCopy.js';
import { copyTarget, createTableColumns, insertTarget, type TableTarget } from './sqlHeads.js';

export interface SqlOptions {
  maxRecordChars: number;
  /** MySQL reads `\'` and `\\` in strings; PostgreSQL (standard strings) does not. */
  backslashEscapes: boolean;
}

/** Statement text kept to recognise it; longer statements are skipped, not stored. */
const MAX_HEAD_CHARS = 1 << 20;

export async function* sqlRecords(chunks: AsyncIterable<string>, opts: SqlOptions): AsyncGenerator<DataRecord> {
  const out: DataRecord[] = [];
  const parser = new SqlDumpParser(opts, (r) => out.push(r));
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield* out.splice(0);
  }
  parser.end();
  yield* out.splice(0);
}

/**
 * The rows of the INSERT statements written inside one line of text (a JDBC spy's or an
 * ORM's log line: `insert into t (a, b) values ('x', 'y')`), MySQL's escapes read; a
 * statement that does not parse, or whose row is cut off, gives none.
 */
export function insertedRows(text: string): DataRecord[] {
  const rows: DataRecord[] = [];
  const starts = [...text.matchAll(INSERT_START)].map((m) => m.index);
  starts.forEach((start, i) => {
    // No row is longer than the line, the parser's one error while it reads.
    new SqlDumpParser({ maxRecordChars: text.length, backslashEscapes: true }, (r) => rows.push(r)).write(`${text.slice(start, starts[i + 1])};`);
  });
  return rows;
}

const INSERT_START = /\b(?:insert|replace)\s+(?:ignore\s+)?into\b/gi;

type Mode = 'statement' | 'lineComment' | 'blockComment' | 'values' | 'copyStart' | 'copy';
type ValueState = 'between' | 'start' | 'bare' | 'string' | 'escape' | 'quote';

const MYSQL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', Z: '\x1a', b: '\b' };

class SqlDumpParser {
  private mode: Mode = 'statement';
  private head = '';
  private quote = '';
  private headEscape = false;
  /** The statement so far is only white space (comments start only there). */
  private blank = true;
  /** A '-' at the start of a statement, perhaps the start of a `--` comment. */
  private dash = false;
  private star = false;
  /** Skip to the end of this statement without looking at it (e.g. ON DUPLICATE KEY …). */
  private skipping = false;
  private readonly columnsOf = new Map<string, string[]>();
  private readonly rowsOf = new Map<string, number>();
  private target: TableTarget = { table: '', columns: null };
  // the row being read (INSERT tuple or COPY line)
  private vs: ValueState = 'between';
  private values: (string | null)[] = [];
  private text = '';
  private sawString = false;
  private parens = 0;
  private chars = 0;
  private line = '';

  constructor(
    private readonly opts: SqlOptions,
    private readonly emit: (r: DataRecord) => void,
  ) {}

  write(s: string): void {
    for (let i = 0; i < s.length; i++) {
      switch (this.mode) {
        case 'statement':
          this.statementChar(s[i]);
          break;
        case 'lineComment':
          if (s[i] === '\n') this.mode = 'statement';
          break;
        case 'blockComment':
          if (s[i] === '/' && this.star) this.mode = 'statement';
          this.star = s[i] === '*';
          break;
        case 'values': {
          const run = this.vs === 'string' ? this.plainRun(s, i) : i;
          if (run > i) i = run - 1;
          else if (!this.valueChar(s[i])) i--; // the character ended a quoted string: read it again
          break;
        }
        case 'copyStart':
          if (s[i] === '\n') this.mode = 'copy';
          break;
        case 'copy':
          i = this.copyText(s, i);
          break;
      }
    }
  }

  end(): void {
    if (this.mode === 'values' && this.vs !== 'between') throw new ReadError(`INSERT into ${this.target.table} ends early (truncated dump?)`);
    if (this.mode === 'copy' && this.line.length > 0) this.copyLine(this.line);
  }

  private statementChar(c: string): void {
    if (this.quote !== '') {
      if (this.headEscape) this.headEscape = false;
      else if (c === '\\' && this.quote === "'" && this.opts.backslashEscapes) this.headEscape = true;
      else if (c === this.quote) this.quote = '';
      this.keep(c);
      return;
    }
    if (this.dash) {
      this.dash = false;
      if (c === '-') return void (this.mode = 'lineComment');
      this.keep('-');
    }
    if (c === ';') return this.statementEnd();
    if (this.blank && (c === '#' || c === '-')) {
      if (c === '#') this.mode = 'lineComment';
      else this.dash = true;
      return;
    }
    if (c === '*' && this.head.endsWith('/')) {
      this.head = this.head.slice(0, -1);
      this.star = false;
      this.mode = 'blockComment';
      return;
    }
    if (c === "'" || c === '"' || c === '`') this.quote = c;
    this.keep(c);
    if ((c === 'S' || c === 's') && !this.skipping && this.head.slice(-6).toUpperCase() === 'VALUES') {
      const target = insertTarget(this.head);
      if (target) this.startValues(target);
    }
  }

  private keep(c: string): void {
    if (this.blank && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') this.blank = false;
    if (this.head.length < MAX_HEAD_CHARS) this.head += c;
    else this.skipping = true;
  }

  private statementEnd(): void {
    const head = this.head;
    const skipped = this.skipping;
    this.head = '';
    this.blank = true;
    this.skipping = false;
    if (skipped) return;
    const created = createTableColumns(head);
    if (created) this.columnsOf.set(created.table, created.columns);
    const copy = copyTarget(head);
    if (copy) {
      this.target = this.withColumns(copy);
      this.mode = 'copyStart';
      this.line = '';
    }
  }

  private startValues(target: TableTarget): void {
    this.target = this.withColumns(target);
    this.head = '';
    this.blank = true;
    this.mode = 'values';
    this.vs = 'between';
  }

  private withColumns(t: TableTarget): TableTarget {
    return t.columns ? t : { table: t.table, columns: this.columnsOf.get(t.table) ?? null };
  }

  /** One character of a VALUES list; false when it must be read again in the new state. */
  private valueChar(c: string): boolean {
    switch (this.vs) {
      case 'between':
        if (c === '(') this.startRow();
        else if (c === ';') this.mode = 'statement';
        else if (c !== ',' && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
          // ON DUPLICATE KEY UPDATE …: the rest of the statement is no data
          this.mode = 'statement';
          this.skipping = true;
        }
        return true;
      case 'start':
        if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return true;
        this.vs = 'bare';
        return this.valueChar(c);
      case 'bare':
        if (c === "'") {
          this.vs = 'string';
          if (!this.sawString) this.text = '';
          this.sawString = true;
        } else if (c === '(' || (c === ')' && this.parens > 0)) {
          this.parens += c === '(' ? 1 : -1;
          if (!this.sawString) this.add(c);
        } else if (c === ',' && this.parens === 0) {
          this.endValue();
        } else if (c === ')') {
          this.endValue();
          this.endRow();
        } else if (!this.sawString) {
          this.add(c);
        }
        return true;
      case 'string':
        if (c === '\\' && this.opts.backslashEscapes) this.vs = 'escape';
        else if (c === "'") this.vs = 'quote';
        else this.add(c);
        return true;
      case 'escape':
        this.add(MYSQL_ESCAPES[c] ?? c);
        this.vs = 'string';
        return true;
      case 'quote':
        if (c === "'") {
          this.add("'");
          this.vs = 'string';
          return true;
        }
        this.vs = 'bare';
        return false;
    }
  }

  /** Takes the run of string characters from `at` that need no attention; returns its end. */
  private plainRun(s: string, at: number): number {
    let j = at;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 0x27 || (c === 0x5c && this.opts.backslashEscapes)) break;
      j++;
    }
    if (j > at) this.add(s.slice(at, j));
    return j;
  }

  private startRow(): void {
    this.values = [];
    this.chars = 0;
    this.startValue();
  }

  private startValue(): void {
    this.vs = 'start';
    this.text = '';
    this.sawString = false;
    this.parens = 0;
  }

  private add(c: string): void {
    this.text += c;
    this.chars += c.length;
    if (this.chars > this.opts.maxRecordChars) {
      throw new ReadError(`a row of ${this.target.table} is longer than ${this.opts.maxRecordChars} characters`);
    }
  }

  private endValue(): void {
    const bare = this.text.trim();
    this.values.push(this.sawString ? this.text : bare.toUpperCase() === 'NULL' || bare === '' ? null : bare);
    this.startValue();
  }

  private endRow(): void {
    this.record(this.values);
    this.vs = 'between';
  }

  /** Reads COPY text up to the end of a line; returns the index of the last character used. */
  private copyText(s: string, at: number): number {
    const nl = s.indexOf('\n', at);
    const end = nl === -1 ? s.length : nl;
    this.line += s.slice(at, end);
    if (this.line.length > this.opts.maxRecordChars) {
      throw new ReadError(`a COPY row of ${this.target.table} is longer than ${this.opts.maxRecordChars} characters`);
    }
    if (nl === -1) return s.length - 1;
    const line = this.line.endsWith('\r') ? this.line.slice(0, -1) : this.line;
    this.line = '';
    if (line === '\\.') this.mode = 'statement';
    else this.copyLine(line);
    return nl;
  }

  private copyLine(line: string): void {
    this.record(copyValues(line));
  }

  private record(values: (string | null)[]): void {
    const { table, columns } = this.target;
    const fields: Field[] = [];
    values.forEach((v, i) => {
      if (v !== null && v.length > 0) fields.push(textField(columns?.[i] ?? null, v));
    });
    const index = (this.rowsOf.get(table) ?? 0) + 1;
    this.rowsOf.set(table, index);
    this.emit({ sheet: table, index, fields });
  }
}
