// Text encodings, decided per file from its first bytes: a BOM when there is one,
// UTF-16 by its NUL pattern (or, for Chinese text, by its characters), UTF-8 when the
// sample is valid UTF-8, else GB18030
// (the superset of GBK that Chinese Excel and Windows exports are written in) or Big5
// (Taiwan and Hong Kong exports) — the two share their byte ranges, so chardet's
// character-frequency statistics decide, and GB18030 wins a tie (short samples).
// Decoding uses Node's ICU TextDecoder, which knows all of these.
import chardet from 'chardet';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

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
  const utf8 = isValid(utf8Strict, head);
  // Chinese text in UTF-16 has few NULs (and control bytes in its low halves): its characters tell.
  const cjk16 = utf8 ? undefined : (['utf-16le', 'utf-16be'] as const).find((e) => readsAsChinese(head, e));
  if (cjk16) return { encoding: cjk16, bomLength: 0, binary: false };
  if (head.includes(0) || controlBytes(head) > head.length * 0.01) return { encoding: 'utf-8', bomLength: 0, binary: true };
  return { encoding: utf8 ? 'utf-8' : chineseLegacy(head), bomLength: 0, binary: false };
}

const UTF16_SAMPLE_BYTES = 4096;

/**
 * Whether the sample, decoded as UTF-16, is nearly all ASCII text, CJK ideographs and
 * CJK or full-width punctuation. Other bytes decoded so land there by chance far less
 * often (GBK or UTF-8 bytes read as UTF-16: about a third of the characters).
 */
function readsAsChinese(head: Buffer, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const sample = head.subarray(0, Math.min(head.length, UTF16_SAMPLE_BYTES) & ~1);
  if (sample.length < 8) return false;
  const text = new TextDecoder(encoding).decode(sample);
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
    if (ok) chinese++;
  }
  return chinese >= text.length * 0.95;
}

/** Bytes no text file holds (C0 controls other than tab, newlines, form feed and escape). */
function controlBytes(head: Buffer): number {
  let n = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) n++;
  return n;
}

const big5Strict = new TextDecoder('big5', { fatal: true });

function chineseLegacy(head: Buffer): TextEncoding {
  const matches = chardet.analyse(head);
  const confidence = (name: string): number => matches.find((m) => m.name === name)?.confidence ?? 0;
  return confidence('Big5') > confidence('GB18030') && isValid(big5Strict, head) ? 'big5' : 'gb18030';
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

/** Valid in the decoder's encoding, allowing the sample to end inside a multi-byte character. */
function isValid(decoder: TextDecoder, head: Buffer): boolean {
  for (let cut = 0; cut < 4 && cut < head.length; cut++) {
    try {
      decoder.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // the sample may end mid-character: try one byte shorter
    }
  }
  return head.length === 0;
}

/** Decodes a byte stream (a file or an archive member) that starts with its BOM, if any. */
export async function* decodeBytes(bytes: AsyncIterable<Buffer>, sniffed: Sniffed): AsyncGenerator<string> {
  // ignoreBOM: the BOM is skipped here by its sniffed length, whatever the chunking.
  const decoder = new TextDecoder(sniffed.encoding, { ignoreBOM: true });
  let skip = sniffed.bomLength;
  for await (const whole of bytes) {
    const chunk = skip > 0 ? whole.subarray(Math.min(skip, whole.length)) : whole;
    skip -= whole.length - chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
