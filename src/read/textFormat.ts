// Text formats told apart by their first characters: JSON (`[` or `{`), JSON Lines (a
// complete value per line), SQL dumps (their header comment or first statement). The
// extension decides only where the content leaves it open.
export type TextFormat = 'json' | 'jsonl' | 'sql';

const JSON_LINES_EXT = new Set(['.jsonl', '.ndjson', '.jsonlines']);
/** What may follow `[` in a JSON array (a CSV header such as `[id],[name]` does not qualify). */
const ARRAY_START = new Set(['{', '[', '"', ']', '-', 't', 'f', 'n', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

export function sniffJson(text: string, ext: string): TextFormat | null {
  const start = firstNonSpace(text, 0);
  const first = text[start];
  if (first !== '{' && first !== '[') return null;
  if (JSON_LINES_EXT.has(ext)) return 'jsonl';
  if (first === '[') return ARRAY_START.has(text[firstNonSpace(text, start + 1)] ?? ']') ? 'json' : null;
  // `{`: JSON Lines when the first line is a whole value and another line follows
  const nl = text.indexOf('\n', start);
  if (nl === -1) return 'json';
  const next = text[firstNonSpace(text, nl)];
  return next === '{' && isWholeJson(text.slice(start, nl)) ? 'jsonl' : 'json';
}

const SQL_MARKERS = ['-- MySQL dump', '-- MariaDB dump', '-- PostgreSQL database dump', '-- Dumped from database'];
const SQL_STATEMENTS = ['INSERT INTO ', 'CREATE TABLE '];

export function sniffSql(text: string, ext: string): TextFormat | null {
  if (ext === '.sql') return 'sql';
  const head = text.slice(0, 4096);
  if (SQL_MARKERS.some((m) => head.includes(m))) return 'sql';
  const start = head.slice(firstNonSpace(head, 0)).toUpperCase();
  return SQL_STATEMENTS.some((s) => start.startsWith(s)) ? 'sql' : null;
}

/** Whether the dump is PostgreSQL's (strings without backslash escapes). */
export function isPostgresDump(text: string): boolean {
  const head = text.slice(0, 8192);
  return head.includes('PostgreSQL') || head.includes('standard_conforming_strings') || head.includes(' FROM stdin;');
}

function isWholeJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}
