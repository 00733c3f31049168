// One data line of a PostgreSQL COPY … FROM stdin block in text format: tab-separated,
// \N for NULL, backslash escapes (\t, \n, \\, octal \ooo, hex \xhh).

const COPY_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

export function copyValues(line: string): (string | null)[] {
  return line.split('\t').map((v) => (v === '\\N' ? null : unescapeCopy(v)));
}

/** COPY text format escapes: \t, \n, \\, octal \ooo and hex \xhh. */
function unescapeCopy(v: string): string {
  if (!v.includes('\\')) return v;
  let out = '';
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== '\\' || i + 1 === v.length) {
      out += v[i];
      continue;
    }
    const e = v[++i];
    if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && v[j] >= '0' && v[j] <= '7') j++;
      out += String.fromCharCode(Number.parseInt(v.slice(i, j), 8));
      i = j - 1;
    } else if (e === 'x' && isHex(v[i + 1])) {
      const j = isHex(v[i + 2]) ? i + 3 : i + 2;
      out += String.fromCharCode(Number.parseInt(v.slice(i + 1, j), 16));
      i = j - 1;
    } else {
      out += COPY_ESCAPES[e] ?? e;
    }
  }
  return out;
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}
