// The key/value pairs of a free-text line: a JSON member ("from_name":"王芳"), an XML
// attribute (contact_name="王芳") or element (<Surname>王芳</Surname>), a query or logfmt
// pair (user_pwd=…), a labelled cell of a pipe line (LKXM:王芳|LXDH:138…), an array element
// as PHP's print_r and Ruby print them ([name] => 王芳, "name" => "王芳"), each string of a JSON
// member's flat array ("TemplateParamSet": ["王芳", "全季酒店"]), not a URL's scheme
// (http://) nor a clock (10:00). A key names its value the way a column name does, so the
// same vocabulary reads both. And the cells of a line that is one delimited record, which are
// values of columns without names.
// One pass over the line's separators: this runs on every log line, where a regex per line
// cost more than the rest of the detector.
import { isHan } from './han.js';

export interface KeyValue {
  key: string;
  value: string;
}

const MAX_KEY = 40;
const MAX_HAN_KEY = 8;
const MAX_VALUE = 200;
/** Where a bare value ends, by character code. */
const VALUE_END = new Set([...' \t\r\n|｜,，;；&"{}'].map((c) => c.charCodeAt(0)));

const isKeyChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
const isKeyStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

/**
 * JSON inside a JSON string ("{\"patientName\":\"于子颖\"}"), at any depth (an MQTT payload
 * inside a webhook's JSON: \\\"lat\\\":24.97), read as the JSON it holds: a run of
 * backslashes before a quote is that quote escaped.
 */
export function unescapedQuotes(line: string): string {
  return line.includes('\\"') ? line.replace(/\\+"/g, '"') : line;
}

/** An XML element holding only text (<Surname>欧阳霞</Surname>, <his:OperPwd>…</his:OperPwd>): its local name is the key. */
const XML_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,39})(?:\s[^<>]*)?>([^<>]{1,200})<\/(?:[A-Za-z_][\w.-]*:)?\1>/g;
/**
 * A (key, value) tuple as Python prints a list of them: how Flask/Werkzeug log a form
 * (ImmutableMultiDict([('username', 'u1'), ('password', 'p1')])), as a dict's items() print.
 */
const PYTHON_PAIR = /\('([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,39})', (?:'([^'\\]{1,200})'|"([^"\\]{1,200})")\)/g;

/** The last line's pairs: the detector reads a line's pairs, and classify then reads them again. */
let last: { line: string; pairs: readonly KeyValue[] } | undefined;

export function keyValuePairs(line: string): readonly KeyValue[] {
  if (last?.line === line) return last.pairs;
  const pairs = parsedPairs(line);
  last = { line, pairs };
  return pairs;
}

function parsedPairs(line: string): KeyValue[] {
  const pairs: KeyValue[] = [];
  const text = unescapedQuotes(line);
  if (text.includes('</')) for (const m of text.matchAll(XML_ELEMENT)) pairs.push({ key: m[1], value: m[2] });
  if (text.includes("('")) for (const m of text.matchAll(PYTHON_PAIR)) pairs.push({ key: m[1], value: m[2] ?? m[3] });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3a && c !== 0x3d && c !== 0xff1a) continue; // : = ：
    const key = keyBefore(text, i);
    if (key === undefined) continue;
    const arrow = c === 0x3d && text.charCodeAt(i + 1) === 0x3e; // =>
    const value = valueAfter(text, i + (arrow ? 2 : 1), key.quote);
    if (value !== undefined) pairs.push({ key: key.text, value });
    else if (key.quote === '"') for (const element of stringsOfArray(text, i + 1)) pairs.push({ key: key.text, value: element });
  }
  return pairs;
}

/** A flat JSON array of up to 16 strings, from its opening bracket to its closing one. */
const STRING_ARRAY = /^\[\s*("[^"\\\n]{0,200}"(?:\s*,\s*"[^"\\\n]{0,200}"){0,15})\s*\]/;
const MAX_ARRAY = 16 * 205 + 2;

/**
 * The strings of a flat JSON array after a JSON key, each a value of that key: an SMS API's
 * "TemplateParamSet": ["孔欣", "全季酒店", "1326"] holds the values its template is filled with.
 */
function stringsOfArray(text: string, from: number): string[] {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x5b) return [];
  const m = STRING_ARRAY.exec(text.slice(i, i + MAX_ARRAY));
  return m ? [...m[1].matchAll(/"([^"]*)"/g)].map((e) => e[1]).filter((v) => v.length > 0) : [];
}

/**
 * The key that ends at a separator: quoted ("key":, and 'key': as Python prints a dict),
 * ASCII (user_pwd=), Han (姓名：) or bracketed ([name] =>); `quote` is the quote around it.
 */
function keyBefore(text: string, sep: number): { text: string; quote?: string } | undefined {
  let end = sep;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  if (text.charCodeAt(end - 1) === 0x5d) {
    const key = enclosedBefore(text, end, '[')?.replace(/^(["'])(.*)\1$/, '$2');
    return key && isWordKey(key) ? { text: key } : undefined;
  }
  if (text.charCodeAt(end - 1) === 0x22) {
    const key = enclosedBefore(text, end, '"');
    return key === undefined || key.includes('\\') ? undefined : { text: key, quote: '"' };
  }
  if (text.charCodeAt(end - 1) === 0x27) {
    const key = enclosedBefore(text, end, "'");
    return key && isWordKey(key) ? { text: key, quote: "'" } : undefined;
  }
  let start = end;
  if (start > 0 && isHan(text.charCodeAt(start - 1))) {
    while (start > 0 && end - start < MAX_HAN_KEY && isHan(text.charCodeAt(start - 1))) start--;
  } else {
    while (start > 0 && end - start < MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
    // An ASCII key starts with a letter or _: 00 in 10:00:00 is no key.
    while (start < end && !isKeyStart(text.charCodeAt(start))) start++;
  }
  if (start === end) return undefined;
  // A key stands at the start of the line or after a delimiter, not inside a word.
  const before = start === 0 ? 0x20 : text.charCodeAt(start - 1);
  if (start > 0 && (isKeyChar(before) || isHan(before))) return undefined;
  // Nor is an XML tag's namespace prefix (<his:OperPwd>, </his:OperPwd>).
  if (before === 0x3c || (before === 0x2f && text.charCodeAt(start - 2) === 0x3c)) return undefined;
  return { text: text.slice(start, end) };
}

/** A key of key characters and Han only: a quoted phrase of prose ('hello': …) is none. */
const isWordKey = (key: string): boolean => [...key].every((ch) => isKeyChar(ch.charCodeAt(0)) || isHan(ch.charCodeAt(0)));

/** What stands between `open` and the closing character just before `end` ("key", [key]), if it is a key's length. */
function enclosedBefore(text: string, end: number, open: string): string | undefined {
  const at = text.lastIndexOf(open, end - 2);
  const length = end - 1 - at - 1;
  return at < 0 || length < 1 || length > MAX_KEY ? undefined : text.slice(at + 1, end - 1);
}

/**
 * The value after a separator: a quoted string (a JSON member's, an XML attribute's:
 * body="…"), else, after a bare key, up to a delimiter.
 */
function valueAfter(text: string, from: number, keyQuote: string | undefined): string | undefined {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  const quote = text[i];
  // A JSON key's value is in double quotes; a Python key's in either, as repr() chooses.
  if (quote === '"' || (quote === "'" && keyQuote !== '"')) {
    const close = text.indexOf(quote, i + 1);
    if (close < 0 || close - i - 1 < 1 || close - i - 1 > MAX_VALUE) return undefined;
    const value = text.slice(i + 1, close);
    return value.includes('\\') ? undefined : value;
  }
  if (keyQuote) return undefined;
  if (text.charCodeAt(i) === 0x2f) return undefined; // http://
  let end = i;
  while (end < text.length && end - i < MAX_VALUE && !VALUE_END.has(text.charCodeAt(end))) end++;
  return end > i ? text.slice(i, end) : undefined;
}

/** The cells of a line that is one delimited record (869790308119326,13657279877,123.28,…: three or more), or none. */
const CELL_DELIMITERS = [',', '|', '\t', ';', '，', '｜'];
const MAX_CELL = 64;
/** A table cell of an HTML row, as spreadsheet and mail exports write one record a line. */
const HTML_CELL = /<td\b[^>]*>([^<]*)<\/td>/gi;

export function delimitedCells(text: string): string[] {
  if (text.includes('<td') || text.includes('<TD')) {
    const cells = [...text.matchAll(HTML_CELL)].map((m) => m[1].trim()).filter((c) => c.length > 0 && c.length <= MAX_CELL);
    if (cells.length >= 3) return cells;
  }
  for (const d of CELL_DELIMITERS) {
    // Counted before split: most log lines hold no delimiter twice, and split would copy them.
    const first = text.indexOf(d);
    if (first < 0 || text.indexOf(d, first + 1) < 0) continue;
    return text.split(d).map(unquoted).filter((c) => c.length > 0 && c.length <= MAX_CELL);
  }
  return [];
}

/** A cell as a CSV reader gives it: a quoted cell ("明天下午三点见") reads as the same cell unquoted. */
function unquoted(cell: string): string {
  const c = cell.trim();
  return c.length >= 2 && c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).replaceAll('""', '"').trim() : c;
}
