// The baseline's regexes: the catalogue's, in ripgrep's (Rust) syntax with RE2's meaning.

/** What RE2 gives `\d`, `\s`, `\w` and `\b` in ripgrep's (Rust) syntax, where they are Unicode-wide by default. */
const ASCII_CLASS: Record<string, { outside: string; inside: string }> = {
  d: { outside: '(?-u:\\d)', inside: '0-9' },
  s: { outside: '(?-u:\\s)', inside: '\\t\\n\\f\\r ' },
  w: { outside: '(?-u:\\w)', inside: '0-9A-Za-z_' },
  b: { outside: '(?-u:\\b)', inside: '\\x08' },
};

/**
 * RE2 reads `\d`, `\s`, `\w` and `\b` as ASCII; ripgrep as Unicode, which also keeps
 * its fast engines off non-ASCII text. The baseline runs the same regexes with RE2's meaning.
 */
export function asciiClasses(re: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      const ascii = ASCII_CLASS[re[i + 1]];
      out += ascii ? (inClass ? ascii.inside : ascii.outside) : c + re[i + 1];
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}
