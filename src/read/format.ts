// A file's format comes from its content first (magic bytes, text or not) and its
// extension second: a CSV renamed .txt is still text, a zip renamed .csv is not a CSV.
import { extname } from 'node:path';
import { sniffEncoding, type Sniffed } from './encoding.js';
import { sniffJson, sniffSql, type TextFormat } from './textFormat.js';

export type Format = 'csv' | 'tsv' | 'text' | 'json' | 'jsonl' | 'sql' | WorkbookFormat;
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/** How much of a file its format and encoding are told from. */
export const SNIFF_BYTES = 64 * 1024;

export type Sniff = { format: TextFormat | 'csv' | 'tsv' | 'text'; sniffed: Sniffed } | { format: WorkbookFormat } | { skip: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

const WORKBOOK_EXT = new Set(['.xls', '.et', '.xlsx', '.xlsm']);

const MAGIC: [string, number[]][] = [
  ['zip archive or Office document', ZIP],
  ['gzip archive', [0x1f, 0x8b]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['legacy Office document (OLE2)', OLE2],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

export function sniffFormat(path: string, head: Buffer): Sniff {
  const ext = extname(path).toLowerCase();
  const workbook = sniffWorkbook(head, ext);
  if (workbook) return { format: workbook };
  for (const [what, bytes] of MAGIC) {
    if (startsWith(head, bytes)) return { skip: `unsupported format: ${what}` };
  }
  const sniffed = sniffEncoding(head);
  if (sniffed.binary) return { skip: `binary file (${head.includes(0) ? 'NUL' : 'control'} bytes, not text)` };
  const text = new TextDecoder(sniffed.encoding).decode(head.subarray(sniffed.bomLength));
  const byContent = sniffJson(text, ext) ?? sniffSql(text, ext);
  if (byContent) return { format: byContent, sniffed };
  if (ext === '.csv') return { format: 'csv', sniffed };
  if (ext === '.tsv' || ext === '.tab') return { format: 'tsv', sniffed };
  return { format: 'text', sniffed };
}

/**
 * Workbooks by their container: an OOXML zip has an `xl/` part, an OpenDocument zip names
 * its mimetype first, an OLE2 file with a Workbook stream (or named .xls/.et) is BIFF.
 * Part names of a zip sit in clear text in its local headers, so the head shows them.
 */
function sniffWorkbook(head: Buffer, ext: string): WorkbookFormat | null {
  if (startsWith(head, ZIP)) {
    const latin = head.toString('latin1');
    if (latin.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    // Writers that compress the mimetype part (SheetJS does) leave only the part names.
    if (ext === '.ods' && latin.includes('content.xml')) return 'ods';
    if (latin.includes('xl/') || (latin.includes('[Content_Types].xml') && ext === '.xlsx')) return 'xlsx';
    return null;
  }
  if (startsWith(head, OLE2)) {
    const utf16 = head.toString('utf16le');
    // a password-protected .xlsx is an OLE2 file too: the parser names the cause
    if (utf16.includes('Workbook') || utf16.includes('Book') || WORKBOOK_EXT.has(ext)) return 'xls';
  }
  return null;
}

function startsWith(head: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}
