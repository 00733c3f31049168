// The value a label pattern captures (姓名：王芳 → 王芳), read off the span the scanner found.
// node-re2's exec builds a result array of strings and costs about 2 µs, more than the rest
// of a label's handling; a label pattern is mostly `label (value) tail`, and for that shape
// three sticky tests on the span's bytes tell where the value starts and ends. The split is
// checked on every span (the label's preferred match must leave the value and the tail
// matching to the end), and exec answers whenever it does not hold, so the value is always
// the one exec's group 1 would give.
import RE2 from 're2';

/** The span of a match, as nextMatch.ts gives it. */
export interface Span {
  text: string;
  bytes: Buffer;
}

export class LabelValue {
  /** The pattern anchored at both ends: its group 1 is the value. */
  private readonly anchored: RE2;
  /** Sticky: the label before the value; the label and the value; the value alone; the tail to the end. */
  private readonly split: { label: RE2; labelAndValue: RE2; value: RE2; tail: RE2 } | undefined;

  /** `anchored`: the pattern `source` anchored at both ends (compiled by the catalogue, which names a pattern that does not compile). */
  constructor(source: string, anchored: RE2) {
    this.anchored = anchored;
    // Each part is whole groups of a pattern that compiles, so each compiles.
    const parts = splitAtCapture(source);
    this.split = parts && {
      label: new RE2(`(?:${parts[0]})`, 'uy'),
      labelAndValue: new RE2(`(?:${parts[0]})(?:${parts[1]})`, 'uy'),
      value: new RE2(`(?:${parts[1]})`, 'uy'),
      tail: new RE2(`(?:${parts[2]})$`, 'uy'),
    };
  }

  /** The value in a span the pattern matches whole, or undefined when it captures none. */
  valueOf(span: Span): string | undefined {
    const parts = this.split;
    if (parts) {
      const { bytes } = span;
      parts.label.lastIndex = 0;
      parts.labelAndValue.lastIndex = 0;
      if (parts.label.test(bytes) && parts.labelAndValue.test(bytes)) {
        const [start, end] = [parts.label.lastIndex, parts.labelAndValue.lastIndex];
        // The label's first choice, then the value's first choice after it, then a tail
        // that ends the span: the parse exec prefers, as its choices come first in order.
        parts.value.lastIndex = start;
        parts.tail.lastIndex = end;
        if (parts.value.test(bytes) && parts.value.lastIndex === end && parts.tail.test(bytes)) return bytes.toString('utf8', start, end);
      }
    }
    return this.anchored.exec(span.text)?.[1];
  }
}

/**
 * A pattern cut around its first capture group — [before, inside, after] — when that group
 * stands at the top level, unrepeated, and the pattern has no top-level alternation; else
 * undefined. Escapes and character classes are skipped as RE2 reads them.
 */
export function splitAtCapture(source: string): [string, string, string] | undefined {
  let depth = 0;
  let inClass = false;
  let open = -1;
  let close = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      inClass = c !== ']';
    } else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
    } else if (c === '|' && depth === 0) {
      return undefined;
    } else if (c === '(') {
      if (open === -1 && (source[i + 1] !== '?' || source.startsWith('(?P<', i))) {
        if (depth !== 0) return undefined;
        open = i;
      }
      depth++;
    } else if (c === ')') {
      depth--;
      // The first return to the top level after the group opened there is its end.
      if (depth === 0 && open !== -1 && close === -1) close = i;
    }
  }
  if (close === -1 || QUANTIFIERS.includes(source[close + 1] ?? 'end')) return undefined;
  const inside = source.startsWith('(?P<', open) ? source.indexOf('>', open) + 1 : open + 1;
  return [source.slice(0, open), source.slice(inside, close), source.slice(close + 1)];
}

const QUANTIFIERS = ['?', '*', '+', '{'];
