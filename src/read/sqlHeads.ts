// The parts of SQL statements a dump reader needs: which table an INSERT or COPY fills
// and with which columns, and the columns a CREATE TABLE declares (for INSERTs without a
// column list). A small tokenizer, no regexes: statement heads are untrusted input.

export interface TableTarget {
  table: string;
  /** Named columns, or null when the statement lists none. */
  columns: string[] | null;
}

type Token = { word: string; quoted: boolean } | { punct: string };

/** Words (quotes removed: `a`, "a", [a]) and single punctuation; string literals skipped. */
export function sqlTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '`' || c === '"' || c === '[') {
      const close = c === '[' ? ']' : c;
      const end = text.indexOf(close, i + 1);
      const stop = end === -1 ? text.length : end;
      tokens.push({ word: text.slice(i + 1, stop), quoted: true });
      i = stop + 1;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end === -1 ? text.length : end + 1;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text[j])) j++;
      tokens.push({ word: text.slice(i, j), quoted: false });
      i = j;
    } else {
      tokens.push({ punct: c });
      i++;
    }
  }
  return tokens;
}

/** `INSERT [IGNORE] INTO t [(a, b)] VALUES` (also REPLACE) → the target, else null. */
export function insertTarget(head: string): TableTarget | null {
  const t = sqlTokens(head);
  let i = 0;
  if (!isKeyword(t[i], 'INSERT') && !isKeyword(t[i], 'REPLACE')) return null;
  i++;
  while (i < t.length && !isKeyword(t[i], 'INTO') && isBareWord(t[i])) i++;
  if (!isKeyword(t[i], 'INTO')) return null;
  return tableAndColumns(t, i + 1, 'VALUES');
}

/** `COPY t [(a, b)] FROM stdin` → the target, else null (COPY … TO, or FROM a file). */
export function copyTarget(head: string): TableTarget | null {
  const t = sqlTokens(head);
  if (!isKeyword(t[0], 'COPY')) return null;
  const target = tableAndColumns(t, 1, 'FROM');
  return target && t.some((x) => isKeyword(x, 'STDIN')) ? target : null;
}

const NOT_COLUMNS = new Set(['PRIMARY', 'KEY', 'UNIQUE', 'CONSTRAINT', 'INDEX', 'FOREIGN', 'FULLTEXT', 'SPATIAL', 'CHECK', 'EXCLUDE', 'LIKE', 'PERIOD']);

/** `CREATE TABLE t (a INT, b TEXT, PRIMARY KEY (a))` → t and [a, b], else null. */
export function createTableColumns(statement: string): { table: string; columns: string[] } | null {
  const t = sqlTokens(statement);
  if (!isKeyword(t[0], 'CREATE')) return null;
  let i = 1;
  while (i < t.length && !isKeyword(t[i], 'TABLE')) {
    if (!isBareWord(t[i])) return null;
    i++;
  }
  i++;
  if (isKeyword(t[i], 'IF')) i += 3; // IF NOT EXISTS
  const name = qualifiedName(t, i);
  if (!name || !isPunct(t[name.next], '(')) return null;
  const columns: string[] = [];
  let depth = 1;
  let atElementStart = true;
  for (let j = name.next + 1; j < t.length && depth > 0; j++) {
    const tok = t[j];
    if (atElementStart && 'word' in tok && (tok.quoted || !NOT_COLUMNS.has(tok.word.toUpperCase()))) columns.push(tok.word);
    atElementStart = false;
    if (isPunct(tok, '(')) depth++;
    else if (isPunct(tok, ')')) depth--;
    else if (depth === 1 && isPunct(tok, ',')) atElementStart = true;
  }
  return { table: name.name, columns };
}

function tableAndColumns(t: Token[], at: number, keyword: string): TableTarget | null {
  const name = qualifiedName(t, at);
  if (!name) return null;
  let i = name.next;
  let columns: string[] | null = null;
  if (isPunct(t[i], '(')) {
    columns = [];
    for (i++; i < t.length && !isPunct(t[i], ')'); i++) {
      const tok = t[i];
      if ('word' in tok) columns.push(tok.word);
      else if (tok.punct !== ',') return null;
    }
    i++;
  }
  return isKeyword(t[i], keyword) ? { table: name.name, columns } : null;
}

/** `schema.table` → `table`: records are named by their table, as a sheet is by its name. */
function qualifiedName(t: Token[], at: number): { name: string; next: number } | null {
  let i = at;
  let name: string | null = null;
  for (;;) {
    const tok = t[i];
    if (!tok || !('word' in tok)) return name === null ? null : { name, next: i };
    name = tok.word;
    i++;
    if (!isPunct(t[i], '.')) return { name, next: i };
    i++;
  }
}

function isKeyword(tok: Token | undefined, keyword: string): boolean {
  return tok !== undefined && 'word' in tok && !tok.quoted && tok.word.toUpperCase() === keyword;
}

function isBareWord(tok: Token | undefined): boolean {
  return tok !== undefined && 'word' in tok && !tok.quoted;
}

function isPunct(tok: Token | undefined, p: string): boolean {
  return tok !== undefined && 'punct' in tok && tok.punct === p;
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '$' || c > '\u007f';
}
