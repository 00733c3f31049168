// The next match of the combined scanner without its exec: node-re2 builds exec's result
// array (index, input, groups set by name) at about 1 µs a match, five times what finding
// the match costs. test() finds the same match and leaves its end in lastIndex; from the
// start of the text, search() runs the same search and returns its start. Both read the
// text's UTF-8 bytes (utf8Text.ts).
import type RE2 from 're2';
import type { Utf8Text } from './utf8Text.js';

export interface Match {
  /** String indices of the match in the text. */
  index: number;
  end: number;
  /** The match as exec gives it, and its bytes. */
  text: string;
  bytes: Buffer;
}

/**
 * What a global `re.exec(subject.text)` would find from string index `from`, or null.
 * Empty matches are not reported when `from` is at the end of the text.
 */
export function nextMatch(re: RE2, subject: Utf8Text, from: number): Match | null {
  const { text, bytes } = subject;
  if (from >= text.length) return null;
  if (from > 0) {
    // Only from the start does search() find the match test() found: further on, exec.
    re.lastIndex = subject.offset(from);
    if (!re.test(bytes)) return null;
    re.lastIndex = from;
    const m = re.exec(text)!;
    const start = subject.offset(m.index);
    return { index: m.index, end: m.index + m[0].length, text: m[0], bytes: bytes.subarray(start, start + Buffer.byteLength(m[0])) };
  }
  re.lastIndex = 0;
  if (!re.test(bytes)) return null;
  const end = re.lastIndex;
  const start = re.search(bytes);
  const index = subject.index(start);
  const match = subject.slice(start, end);
  return { index, end: index + match.length, text: match, bytes: bytes.subarray(start, end) };
}
