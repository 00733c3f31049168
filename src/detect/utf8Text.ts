// A text as the UTF-8 bytes RE2 reads. Given a string, node-re2 copies it into a new
// Buffer on every call (about 1 µs, more than most searches take); given a Buffer, it
// reads it in place. So a value is encoded once, into a scratch buffer the thread reuses,
// and every RE2 call on it gets the bytes. Offsets in bytes are turned into string
// indices as node-re2 counts them: a lone surrogate is written as U+FFFD, one index wide.

/** Longest text encoded into the scratch buffer (characters); a longer one gets its own buffer. */
const SCRATCH_CHARS = 1 << 16;

const encoder = new TextEncoder();
let scratch = Buffer.allocUnsafe(1024);

export class Utf8Text {
  /** The bytes; those of a text up to SCRATCH_CHARS long live only until the next Utf8Text is made. */
  readonly bytes: Buffer;
  /** Every character is one byte: byte offsets are string indices. */
  private readonly ascii: boolean;

  constructor(readonly text: string) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a pair, 2 units, takes 4).
    if (text.length > SCRATCH_CHARS) {
      this.bytes = Buffer.from(text, 'utf8');
    } else {
      if (scratch.length < 3 * text.length) scratch = Buffer.allocUnsafe(3 * SCRATCH_CHARS);
      this.bytes = scratch.subarray(0, encoder.encodeInto(text, scratch).written);
    }
    this.ascii = this.bytes.length === text.length;
  }

  /** The string index of a byte offset at a character boundary. */
  index(byteOffset: number): number {
    if (this.ascii) return byteOffset;
    let units = 0;
    for (let i = 0; i < byteOffset; i++) {
      const b = this.bytes[i];
      // Continuation bytes add nothing; a 4-byte character is a surrogate pair.
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    }
    return units;
  }

  /** The byte offset of a string index (not inside a surrogate pair). */
  offset(index: number): number {
    if (this.ascii) return index;
    let units = 0;
    for (let i = 0; i < this.bytes.length; i++) {
      const b = this.bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      if (units >= index) return i;
      units += b >= 0xf0 ? 2 : 1;
    }
    return this.bytes.length;
  }

  /** The byte offset of the character before the one at a byte offset (0 at the start). */
  previous(byteOffset: number): number {
    let i = byteOffset - 1;
    while (i > 0 && (this.bytes[i] & 0xc0) === 0x80) i--;
    return Math.max(0, i);
  }

  /** The characters of bytes [start, end), as node-re2 gives a match back. */
  slice(start: number, end: number): string {
    return this.ascii ? this.text.slice(start, end) : this.bytes.toString('utf8', start, end);
  }
}
