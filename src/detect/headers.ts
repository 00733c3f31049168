// Column names as hints. Names are normalised (full-width → half-width, case, spaces,
// `_`, `-`) and matched by suffix, because a Chinese column name ends in its head noun:
// 收件人电话 is a phone, 收件人姓名 a name. The longest matching hint wins.
import { memoize } from './memo.js';

export const normaliseHeader = memoize((header: string): string =>
  header.normalize('NFKC').toLowerCase().replace(/[\s_\-.·:：()（）[\]【】#*]/g, ''),
);

/**
 * The part of a field name that names the value: the last segment of a dotted path
 * (JSON `user.name` → `name`), normalised. Joined whole, a parent segment would make
 * another hint (user + name = username, an account name, not a person's name).
 */
export function hintHeader(name: string): string {
  const segments = name.split('.').map(normaliseHeader).filter((s) => s.length > 0);
  return segments[segments.length - 1] ?? '';
}

/**
 * The forms of a column name to look a hint up by, most specific first: the path's last
 * segment, the whole name, the name without notes in brackets (`出生日期(yyyy-mm-dd)`,
 * `账户余额（元）`), and each alternative of a slashed name (`快递单号/运单号`).
 */
export const headerVariants = memoize((name: string): string[] => {
  const withoutNotes = name.replace(/[(（[【][^)）\]】]*[)）\]】]/g, ' ').trim();
  const forms = [hintHeader(name), normaliseHeader(name), normaliseHeader(withoutNotes), ...withoutNotes.split(/[/／|]/).map(normaliseHeader)];
  return [...new Set(forms.filter((f) => f.length > 0))];
});

export interface HeaderHint<T> {
  hint: string;
  target: T;
}

/** Finds the target whose hint is the longest suffix of the normalised header. */
export class SuffixMatcher<T> {
  private readonly hints: HeaderHint<T>[];

  constructor(hints: HeaderHint<T>[]) {
    this.hints = hints
      .map((h) => ({ hint: normaliseHeader(h.hint), target: h.target }))
      .sort((a, b) => b.hint.length - a.hint.length);
  }

  readonly match = memoize((normalisedHeader: string): HeaderHint<T> | undefined => this.hints.find((h) => normalisedHeader.endsWith(h.hint)));
}

/** Finds every target one of whose hints occurs anywhere in the text. */
export class SubstringMatcher<T> {
  private readonly hints: HeaderHint<T>[];
  /** The targets of a text, read-only: shared between calls when the matcher remembers. */
  readonly matchAll: (text: string) => readonly T[];

  /** `remember`: for column names, which repeat; not for free text, which does not. */
  constructor(hints: HeaderHint<T>[], normalise: (s: string) => string, remember = false) {
    this.hints = hints.map((h) => ({ hint: normalise(h.hint), target: h.target }));
    const matchAll = (text: string): T[] => {
      const found: T[] = [];
      for (const h of this.hints) if (!found.includes(h.target) && text.includes(h.hint)) found.push(h.target);
      return found;
    };
    this.matchAll = remember ? memoize(matchAll) : matchAll;
  }
}
