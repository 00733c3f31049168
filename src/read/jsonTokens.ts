// A streaming JSON tokenizer: text goes in chunk by chunk, structure events come out, so
// a JSON export of any size is read in bounded memory. It is a loop over characters with
// an explicit stack, not recursion, so nesting cannot overflow the call stack; nesting
// beyond maxDepth is refused. A token cut by a chunk boundary is carried into the next.
// Error messages give a line, never the text (the text may be personal data).
import { ReadError } from './errors.js';

export type ScalarKind = 'string' | 'number' | 'literal';

export interface JsonEvents {
  open(kind: 'object' | 'array'): void;
  close(): void;
  key(name: string): void;
  scalar(value: string, kind: ScalarKind): void;
}

export interface JsonTokenizerOptions {
  maxDepth: number;
  /** Longest string or number, in characters. */
  maxTokenChars: number;
  /** JSON Lines: any number of top-level values, one after another. */
  multiple: boolean;
}

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'comma' | 'done';

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export class JsonTokenizer {
  /** The line the tokenizer has reached (1-based). */
  line = 1;
  private readonly stack: ('o' | 'a')[] = [];
  private expect: Expect = 'value';
  private carry = '';
  private backslashAt = -1;
  private str = '';

  constructor(
    private readonly events: JsonEvents,
    private readonly opts: JsonTokenizerOptions,
  ) {}

  write(chunk: string): void {
    this.scan(this.carry + chunk, false);
  }

  end(): void {
    const rest = this.carry;
    this.carry = '';
    if (rest.length > 0) this.scan(rest, true);
    if (this.carry.length > 0 || this.stack.length > 0 || (this.expect !== 'done' && !this.opts.multiple)) {
      throw new ReadError(`JSON ends early at line ${this.line} (truncated file?)`);
    }
  }

  private scan(s: string, final: boolean): void {
    this.carry = '';
    this.backslashAt = -1;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++;
      } else if (c === 0x0a) {
        this.line++;
        i++;
      } else if (c === 0x22) {
        const end = this.readString(s, i);
        if (end < 0) return this.carryFrom(s, i);
        this.stringToken();
        i = end;
      } else if (c === 0x7b || c === 0x5b) {
        this.beforeValue();
        if (this.stack.length >= this.opts.maxDepth) throw new ReadError(`JSON nested deeper than ${this.opts.maxDepth} levels at line ${this.line}`);
        this.events.open(c === 0x7b ? 'object' : 'array');
        this.stack.push(c === 0x7b ? 'o' : 'a');
        this.expect = c === 0x7b ? 'firstKey' : 'firstValue';
        i++;
      } else if (c === 0x7d || c === 0x5d) {
        const kind = c === 0x7d ? 'o' : 'a';
        const ok = this.stack[this.stack.length - 1] === kind && (this.expect === 'comma' || this.expect === (kind === 'o' ? 'firstKey' : 'firstValue'));
        if (!ok) this.fail();
        this.stack.pop();
        this.events.close();
        this.afterValue();
        i++;
      } else if (c === 0x2c) {
        if (this.expect !== 'comma') this.fail();
        this.expect = this.stack[this.stack.length - 1] === 'o' ? 'key' : 'value';
        i++;
      } else if (c === 0x3a) {
        if (this.expect !== 'colon') this.fail();
        this.expect = 'value';
        i++;
      } else {
        let j = i;
        while (j < n && isBareChar(s.charCodeAt(j))) j++;
        if (j === i) this.fail();
        if (j === n && !final) return this.carryFrom(s, i);
        this.bareToken(s.slice(i, j));
        i = j;
      }
    }
  }

  /** Index after the closing quote, or -1 when the string continues in the next chunk. */
  private readString(s: string, start: number): number {
    let out = '';
    let j = start + 1;
    for (;;) {
      const quote = s.indexOf('"', j);
      if (quote === -1) return -1;
      if (this.backslashAt !== -1 && this.backslashAt < j) this.backslashAt = -1;
      if (this.backslashAt === -1) this.backslashAt = indexOrEnd(s, '\\', j);
      const slash = this.backslashAt;
      if (slash > quote) {
        out += s.slice(j, quote);
        this.str = out;
        return quote + 1;
      }
      out += s.slice(j, slash);
      const e = s[slash + 1];
      if (e === undefined) return -1;
      if (e === 'u') {
        if (slash + 6 > s.length) return -1;
        const code = Number.parseInt(s.slice(slash + 2, slash + 6), 16);
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(slash + 2, slash + 6))) this.fail();
        out += String.fromCharCode(code);
        j = slash + 6;
      } else {
        const ch = ESCAPES[e];
        if (ch === undefined) this.fail();
        out += ch;
        j = slash + 2;
      }
      if (out.length > this.opts.maxTokenChars) this.tooLong();
    }
  }

  private stringToken(): void {
    if (this.str.length > this.opts.maxTokenChars) this.tooLong();
    if (this.expect === 'key' || this.expect === 'firstKey') {
      this.events.key(this.str);
      this.expect = 'colon';
      return;
    }
    this.beforeValue();
    this.events.scalar(this.str, 'string');
    this.afterValue();
  }

  private bareToken(token: string): void {
    const literal = token === 'true' || token === 'false' || token === 'null';
    if (!literal && !isNumberStart(token.charCodeAt(0))) this.fail();
    this.beforeValue();
    this.events.scalar(token, literal ? 'literal' : 'number');
    this.afterValue();
  }

  private beforeValue(): void {
    if (this.expect !== 'value' && this.expect !== 'firstValue') this.fail();
  }

  private afterValue(): void {
    if (this.stack.length > 0) this.expect = 'comma';
    else this.expect = this.opts.multiple ? 'value' : 'done';
  }

  private carryFrom(s: string, at: number): void {
    if (s.length - at > this.opts.maxTokenChars + 2) this.tooLong();
    this.carry = s.slice(at);
  }

  private tooLong(): never {
    throw new ReadError(`JSON value at line ${this.line} is longer than ${this.opts.maxTokenChars} characters`);
  }

  private fail(): never {
    throw new ReadError(`not valid JSON at line ${this.line}`);
  }
}

function indexOrEnd(s: string, ch: string, from: number): number {
  const at = s.indexOf(ch, from);
  return at === -1 ? s.length : at;
}

/** Characters of numbers and of true/false/null. */
function isBareChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function isNumberStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d;
}
