// The next match of the combined scanner without its exec: node-re2 builds exec's result
// array (index, input, groups set by name) at about 1 µs a match, five times what finding
// the match costs. test() finds the same match and leaves its end in lastIndex; search()
// returns where the first match of a text starts. Both read the text's UTF-8 bytes
// (utf8Text.ts).
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
 * What a global `re.exec(subject.text)` would find from string index `from`, or null;
 * `sticky` is the same pattern with the sticky flag. Empty matches are not reported when
 * `from` is at the end of the text.
 */
export function nextMatch(re: RE2, sticky: RE2, subject: Utf8Text, from: number): Match | null {
  const { text, bytes } = subject;
  if (from >= text.length) return null;
  const fromByte = subject.offset(from);
  re.lastIndex = fromByte;
  if (!re.test(bytes)) return null;
  const endByte = re.lastIndex;
  const startByte = from === 0 ? re.search(bytes) : resumedStart(re, sticky, bytes, fromByte);
  if (startByte < 0) {
    re.lastIndex = from;
    const m = re.exec(text)!;
    const start = subject.offset(m.index);
    return { index: m.index, end: m.index + m[0].length, text: m[0], bytes: bytes.subarray(start, start + Buffer.byteLength(m[0])) };
  }
  const index = subject.index(startByte);
  const match = subject.slice(startByte, endByte);
  return { index, end: index + match.length, text: match, bytes: bytes.subarray(startByte, endByte) };
}

/**
 * Where the first match at or after byte `from` starts, or -1 when it cannot be told
 * without exec. search() only starts at 0, so it is run on the bytes from `from` on: a match
 * starting further on is found there as in the whole text (RE2 looks back one character at
 * most, for \b), while one starting at `from` itself may differ (^, \b see no character
 * before it) and is asked of the whole text, anchored.
 */
function resumedStart(re: RE2, sticky: RE2, bytes: Buffer, from: number): number {
  sticky.lastIndex = from;
  if (sticky.test(bytes)) return from;
  const start = re.search(bytes.subarray(from));
  return start > 0 ? from + start : -1;
}

/** One part of the catalogue's split alternation, global and sticky (catalogue.ts scannerParts). */
export interface ScannerPart {
  re: RE2;
  sticky: RE2;
}

/**
 * The matches of an alternation split into consecutive parts, as the whole alternation
 * would find them: the leftmost start, and at a tie the earlier part (its alternatives come
 * first). One RE2 for the whole catalogue outgrows the memory RE2 gives its DFA and falls
 * back to the NFA, five times slower on log lines; each part stays within it. A part's
 * match is kept while the scan has not passed its start: searched again from any point up
 * to it, the part finds it again (no match starts in between), so each part is searched
 * once per match of its own, not once per match of any part.
 */
export class PartsScan {
  /** Per part: the scan position its kept result was searched from (-1: none kept), and the result. */
  private readonly searchedFrom: number[];
  private readonly found: (Match | null)[];

  constructor(private readonly parts: readonly ScannerPart[], private readonly subject: Utf8Text) {
    this.searchedFrom = parts.map(() => -1);
    this.found = parts.map(() => null);
  }

  /** What a global exec of the whole alternation would find from string index `from` on. */
  next(from: number): Match | null {
    let best: Match | null = null;
    for (let i = 0; i < this.parts.length; i++) {
      let m = this.found[i];
      const kept = this.searchedFrom[i] !== -1 && this.searchedFrom[i] <= from && (m === null || m.index >= from);
      if (!kept) {
        const { re, sticky } = this.parts[i];
        this.found[i] = m = nextMatch(re, sticky, this.subject, from);
        this.searchedFrom[i] = from;
      }
      if (m !== null && (best === null || m.index < best.index)) best = m;
    }
    return best;
  }
}
