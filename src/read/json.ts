// JSON and JSON Lines → DataRecords. A record's fields are its scalar values named by
// their path inside the record (`user.phone`; array positions left out), so the last
// segment is the column-name hint. Which values are records:
// - JSON Lines: each top-level value; `index` = the line it starts on;
// - a top-level array: each element; `index` = element position (1-based);
// - a top-level object: each object in an array member (`{"data":[{…},{…}]}`), `sheet` =
//   the member's path; its other scalars form one more record (sheet null, index 1).
// Numbers keep their text as written, so long identifiers keep every digit.
import type { DataRecord, Field } from '../types.js';
import { ReadError } from './errors.js';
import { JsonTokenizer, type JsonEvents, type ScalarKind } from './jsonTokens.js';
import { textField } from './numbers.js';

export interface JsonOptions {
  /** JSON Lines (one value per line) rather than one JSON document. */
  lines: boolean;
  /** Largest record (sum of its values), in characters. */
  maxRecordChars: number;
  maxDepth: number;
}

export const DEFAULT_JSON_MAX_DEPTH = 256;

export async function* jsonRecords(chunks: AsyncIterable<string>, opts: JsonOptions): AsyncGenerator<DataRecord> {
  const out: DataRecord[] = [];
  const builder = new RecordBuilder(opts, (r) => out.push(r));
  const tokenizer = new JsonTokenizer(builder, { maxDepth: opts.maxDepth, maxTokenChars: opts.maxRecordChars, multiple: opts.lines });
  builder.lineOf = () => tokenizer.line;
  for await (const chunk of chunks) {
    tokenizer.write(chunk);
    yield* out.splice(0);
  }
  tokenizer.end();
  builder.finish();
  yield* out.splice(0);
}

interface Frame {
  kind: 'object' | 'array';
  /** Path of this container inside its record ('' for the record itself). */
  path: string;
  key: string;
  /** Elements seen (arrays). */
  count: number;
  /** Its elements are records (the top-level array, arrays of objects outside a record). */
  holdsRecords: boolean;
}

interface OpenRecord {
  sheet: string | null;
  index: number;
  depth: number;
  fields: Field[];
  chars: number;
}

class RecordBuilder implements JsonEvents {
  lineOf: () => number = () => 0;
  private readonly stack: Frame[] = [];
  private record: OpenRecord | null = null;
  /** Scalars outside every record of a top-level object. */
  private rest: OpenRecord | null = null;

  constructor(
    private readonly opts: JsonOptions,
    private readonly emit: (r: DataRecord) => void,
  ) {}

  open(kind: 'object' | 'array'): void {
    const parent = this.stack[this.stack.length - 1];
    if (!this.record && this.startsRecord(parent, kind)) {
      this.record = this.newRecord(parent);
      this.stack.push({ kind, path: '', key: '', count: 0, holdsRecords: false });
      return;
    }
    if (parent?.kind === 'array') parent.count++;
    const path = parent ? this.childPath(parent) : '';
    const holdsRecords = !this.record && kind === 'array';
    this.stack.push({ kind, path, key: '', count: 0, holdsRecords });
  }

  close(): void {
    this.stack.pop();
    if (this.record && this.stack.length < this.record.depth) {
      const r = this.record;
      this.record = null;
      this.emit({ sheet: r.sheet, index: r.index, fields: r.fields });
    }
  }

  key(name: string): void {
    this.stack[this.stack.length - 1].key = name;
  }

  scalar(value: string, kind: ScalarKind): void {
    const parent = this.stack[this.stack.length - 1];
    if (!this.record && (parent === undefined || (parent.holdsRecords && parent.path === '' && this.stack.length === 1))) {
      // a scalar line of JSON Lines, or a scalar element of the top-level array: a record of its own
      const r = this.newRecord(parent);
      this.addField(r, null, value, kind);
      this.emit({ sheet: r.sheet, index: r.index, fields: r.fields });
      return;
    }
    if (parent.kind === 'array') parent.count++;
    const name = this.childPath(parent) || null;
    if (this.record) this.addField(this.record, name, value, kind);
    else this.addField((this.rest ??= { sheet: null, index: 1, depth: 0, fields: [], chars: 0 }), name, value, kind);
  }

  /** The scalars of a top-level object that were in no record array. */
  finish(): void {
    if (this.rest && this.rest.fields.length > 0) this.emit({ sheet: null, index: 1, fields: this.rest.fields });
  }

  /** A value starts a record: a JSON Lines value, an element of the top-level array, an object in an array. */
  private startsRecord(parent: Frame | undefined, kind: 'object' | 'array'): boolean {
    if (parent === undefined) return this.opts.lines;
    if (!parent.holdsRecords) return false;
    return this.stack.length === 1 || kind === 'object';
  }

  private newRecord(parent: Frame | undefined): OpenRecord {
    if (parent === undefined) return { sheet: null, index: this.lineOf(), depth: 1, fields: [], chars: 0 };
    parent.count++;
    return { sheet: parent.path || null, index: parent.count, depth: this.stack.length + 1, fields: [], chars: 0 };
  }

  private childPath(parent: Frame): string {
    if (parent.kind === 'array') return parent.path;
    return parent.path === '' ? parent.key : `${parent.path}.${parent.key}`;
  }

  private addField(r: OpenRecord, name: string | null, value: string, kind: ScalarKind): void {
    if (kind === 'literal' && value === 'null') return;
    r.chars += value.length;
    if (r.chars > this.opts.maxRecordChars) {
      throw new ReadError(`record ${r.index} is larger than ${this.opts.maxRecordChars} characters`);
    }
    r.fields.push(kind === 'string' ? { name, value } : textField(name, value));
  }
}
