// Text encodings, decided per file from its first bytes: a BOM when there is one,
// UTF-16 by its NUL pattern, UTF-8 when the sample is valid UTF-8, else GB18030
// (the superset of GBK that Chinese Excel and Windows exports are written in).
// Decoding uses Node's ICU TextDecoder, which knows all of these.
import { createReadStream } from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Sniffed {
  encoding: TextEncoding;
  bomLength: number;
  binary: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function sniffEncoding(head: Buffer): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, binary: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, binary: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, binary: false };
  const utf16 = sniffUtf16(head);
  if (utf16) return { encoding: utf16, bomLength: 0, binary: false };
  if (head.includes(0)) return { encoding: 'utf-8', bomLength: 0, binary: true };
  return { encoding: isUtf8(head) ? 'utf-8' : 'gb18030', bomLength: 0, binary: false };
}

/** UTF-16 text without a BOM has a NUL in most even (BE) or odd (LE) positions. */
function sniffUtf16(head: Buffer): TextEncoding | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Valid UTF-8, allowing the sample to end inside a multi-byte character. */
function isUtf8(head: Buffer): boolean {
  for (let cut = 0; cut < 4 && cut < head.length; cut++) {
    try {
      utf8Strict.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // the sample may end mid-character: try one byte shorter
    }
  }
  return head.length === 0;
}

/** Streams the file as decoded text chunks. */
export async function* decodedChunks(path: string, sniffed: Sniffed): AsyncGenerator<string> {
  const decoder = new TextDecoder(sniffed.encoding);
  const stream = createReadStream(path, { start: sniffed.bomLength, highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
