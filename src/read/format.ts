// A file's format comes from its content first (magic bytes, text or not) and its
// extension second: a CSV renamed .txt is still text, a zip renamed .csv is not a CSV.
import { extname } from 'node:path';
import { sniffEncoding, type Sniffed } from './encoding.js';

export type Format = 'csv' | 'tsv' | 'text';

export type Sniff = { format: Format; sniffed: Sniffed } | { skip: string };

const MAGIC: [string, number[]][] = [
  ['zip archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['legacy Office document (OLE2)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

export function sniffFormat(path: string, head: Buffer): Sniff {
  for (const [what, bytes] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b)) return { skip: `unsupported format: ${what}` };
  }
  const sniffed = sniffEncoding(head);
  if (sniffed.binary) return { skip: 'binary file (NUL bytes, not text)' };
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return { format: 'csv', sniffed };
  if (ext === '.tsv' || ext === '.tab') return { format: 'tsv', sniffed };
  return { format: 'text', sniffed };
}
