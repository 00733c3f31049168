// Column names as hints. Names are normalised (full-width → half-width, case, traditional
// characters → simplified, spaces, `_`, `-`) and matched by suffix, because a Chinese column
// name ends in its head noun: 收件人电话 is a phone, 收件人姓名 a name. The longest matching hint wins.
import { readReference } from './catalogueFiles.js';
import { memoize } from './memo.js';

let traditional: { map: Map<string, string>; units: Uint8Array } | undefined;
let abbreviations: Abbreviations | undefined;

interface Abbreviations {
  /** English abbreviations (nm: name) and qualifiers (raw: nothing), read in every name. */
  words: Map<string, string>;
  /** Those and whole names of pinyin initials (yqts: 逾期天数, overdue days), read in names without Han. */
  wordsAndInitials: Map<string, string>;
  /** Pinyin initials a word of initials may end in, and the word they stand for (ye: 余额, balance). */
  initialEndings: [string, string][];
}

function loadAbbreviations(): Abbreviations {
  const file = readReference<{ words: Record<string, string>; qualifiers?: string[]; initials?: Record<string, string>; initialEndings?: Record<string, string> }>(
    'header-abbreviations.json',
  );
  // A qualifier is written out as nothing: password_raw is read as password.
  const words = [...Object.entries(file.words), ...(file.qualifiers ?? []).map((q): [string, string] => [q, ''])];
  return {
    words: new Map(words),
    wordsAndInitials: new Map([...words, ...Object.entries(file.initials ?? {})]),
    initialEndings: Object.entries(file.initialEndings ?? {}),
  };
}

/** The initials before the ending in a word of pinyin initials: two to five consonants (y and w among them), no vowel. */
const PINYIN_INITIALS = /^[bcdfghjklmnpqrstwxyz]{2,5}$/;

/** czkye → czkbalance: the ending of a word of pinyin initials written out (bye stays bye); else the word. */
function withInitialEnding(word: string, endings: readonly [string, string][]): string {
  for (const [initials, written] of endings) {
    const before = word.slice(0, -initials.length);
    if (word.endsWith(initials) && PINYIN_INITIALS.test(before)) return before + written;
  }
  return word;
}

/** 電話 → 电话 (patterns/reference/traditional-chars.json): one hint list serves exports from Taiwan and Hong Kong. */
export function simplified(text: string): string {
  traditional ??= traditionalChars();
  const { map, units } = traditional;
  // Most text holds no traditional character; finding none costs one table read a character.
  let i = 0;
  while (i < text.length && units[text.charCodeAt(i)] === 0) i++;
  return i === text.length ? text : text.replace(/\p{Script=Han}/gu, (c) => map.get(c) ?? c);
}

/** The traditional characters, and each one's first UTF-16 unit flagged in a table. */
function traditionalChars(): { map: Map<string, string>; units: Uint8Array } {
  const map = new Map(Object.entries(readReference<{ map: Record<string, string> }>('traditional-chars.json').map));
  const units = new Uint8Array(0x10000);
  for (const c of map.keys()) units[c.charCodeAt(0)] = 1;
  return { map, units };
}

export const normaliseHeader = memoize((header: string): string =>
  simplified(header.normalize('NFKC').toLowerCase()).replace(/[\s_\-.·:：()（）[\]【】#*]/g, ''),
);

const HAN = /\p{Script=Han}/u;

/**
 * A system column name without its notes, with its abbreviated words written out (CUST_NM →
 * customername, PSPT_NO → passportno, CZKYE → czkbalance; patterns/reference/header-abbreviations.json),
 * or undefined when no word is abbreviated.
 */
export const expandedHeader = memoize((name: string): string | undefined => {
  abbreviations ??= loadAbbreviations();
  // A name that says itself in Han characters (yq_city(院区城市): a campus's city) is not
  // guessed at by pinyin initials (yq: 逾期, overdue); an English abbreviation is no guess.
  const han = HAN.test(name);
  const known = han ? abbreviations.words : abbreviations.wordsAndInitials;
  // An ending of initials is read in a head without Han whatever its notes: yhmm(明文) is a
  // password kept in plain text (明文 says how, not what).
  const endings = HAN.test(headOf(name)) ? [] : abbreviations.initialEndings;
  // the notes in brackets are words, not abbreviations (wallet_bal(回收钱包,元) → walletbalance)
  const words = headOf(name).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_\-.·]+/).filter((w) => w.length > 0);
  const expanded = words.map((w) => known.get(w) ?? withInitialEnding(w, endings));
  return expanded.some((w, i) => w !== words[i]) ? normaliseHeader(expanded.join('')) : undefined;
});

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
 * segment without notes in brackets (`出生日期(按身份证)` is a birth date, whatever its note
 * says), with them, the whole name, the name without notes (`账户余额（元）`), each
 * alternative of a slashed name (`快递单号/运单号`), and last the name with its abbreviated
 * words written out (`CUST_NM`), so a spelling the catalogue knows as written wins over a
 * guess at what an abbreviation stands for.
 */
export const headerVariants = memoize((name: string): string[] => {
  const withoutNotes = headOf(name);
  const forms = [hintHeader(withoutNotes), hintHeader(name), normaliseHeader(name), normaliseHeader(withoutNotes), ...withoutNotes.split(/[/／|]/).map(normaliseHeader), expandedHeader(name) ?? ''];
  return [...new Set(forms.filter((f) => f.length > 0))];
});

/** A column name's notes: what stands in brackets. */
const NOTES = /[(（[【]([^)）\]】]*)[)）\]】]/g;

/** A column name without its notes in brackets: 入住时间(面签行程) → 入住时间. */
export function headOf(name: string): string {
  return name.replace(NOTES, ' ').trim();
}

/** What a column name's brackets hold: 会员登录名(交易大厅) → [交易大厅]. */
export function notesOf(name: string): string[] {
  return [...name.matchAll(NOTES)].map((m) => m[1]);
}

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

  /** Every hint the header ends in, longest first. */
  readonly matchEvery = memoize((normalisedHeader: string): readonly HeaderHint<T>[] => this.hints.filter((h) => normalisedHeader.endsWith(h.hint)));

  match(normalisedHeader: string): HeaderHint<T> | undefined {
    return this.matchEvery(normalisedHeader)[0];
  }
}

/** Finds every target one of whose hints occurs anywhere in the text. */
export class SubstringMatcher<T> {
  private readonly hints: HeaderHint<T>[];
  /** The targets of a text, read-only: shared between calls when the matcher remembers. */
  readonly matchAll: (text: string) => readonly T[];
  /** Per hint, whether it counts only as a word (countAll). */
  private readonly latin: boolean[];
  /** The hints by their first UTF-16 unit, so that countAll reads the text once instead of once a hint. */
  private readonly byFirstUnit = new Map<number, number[]>();

  /**
   * `remember`: for column names, which repeat; not for free text, which does not.
   * `notBefore`: words that make a Han hint right before them name a worker or an
   * organisation, not the act (快递员, 住房公积金管理中心), for countAll.
   */
  constructor(
    hints: HeaderHint<T>[],
    normalise: (s: string) => string,
    remember = false,
    private readonly notBefore: readonly string[] = [],
  ) {
    this.hints = hints.map((h) => ({ hint: normalise(h.hint), target: h.target }));
    this.latin = this.hints.map((h) => LATIN_WORD.test(h.hint));
    this.hints.forEach((h, i) => {
      const bucket = this.byFirstUnit.get(h.hint.charCodeAt(0));
      if (bucket) bucket.push(i);
      else this.byFirstUnit.set(h.hint.charCodeAt(0), [i]);
    });
    const matchAll = (text: string): T[] => {
      const found: T[] = [];
      for (const h of this.hints) if (!found.includes(h.target) && text.includes(h.hint)) found.push(h.target);
      return found;
    };
    this.matchAll = remember ? memoize(matchAll) : matchAll;
  }

  /**
   * How many of the hints of each target the text holds (free-text words: 付款, 配送 and 退款
   * are three). `text` is the normalised form of `original`; a hint of Latin letters counts
   * only as a word of it, not inside one: checkin in check_in_at or checkinTime, not in
   * StrictHostKeyChecking. A Han hint right before one of `notBefore` is part of a job title
   * (快递员, 配送员: a courier's login at a parcel locker is no parcel) or an organisation's
   * name (市住房公积金管理中心 sending a tenant's check-in notice holds no one's fund).
   */
  countAll(text: string, original = text): Map<T, number> {
    const counts = new Map<T, number>();
    let held: Set<number> | undefined;
    for (let at = 0; at < text.length; at++) {
      const starting = this.byFirstUnit.get(text.charCodeAt(at));
      if (starting === undefined) continue;
      for (const i of starting) {
        const { hint, target } = this.hints[i];
        if (held?.has(i) || !text.startsWith(hint, at)) continue;
        if (this.latin[i] ? !isWordAt(text, original, at, hint) : this.notBefore.some((w) => text.startsWith(w, at + hint.length))) continue;
        (held ??= new Set()).add(i);
        counts.set(target, (counts.get(target) ?? 0) + 1);
      }
    }
    return counts;
  }
}

const LATIN_WORD = /^[a-z][a-z-]*$/;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

const isWordChar = (c: number): boolean => isLower(c) || (c >= 0x30 && c <= 0x39);

/**
 * Whether `word` at `at` in lower-cased `text` is not inside a longer word: a letter next to
 * it is a word's edge only where `original` (the same text before lower-casing, when of the
 * same length) changes case, as camelCase does (userCheckinTime). Nor is a segment of a
 * dotted name a word: Kiosk.Checkin.FfpIdentifyStep is the code that logged the line (an
 * airport kiosk's), not what the line says.
 */
function isWordAt(text: string, original: string, at: number, word: string): boolean {
  const cased = original.length === text.length;
  const end = at + word.length;
  const before = at === 0 || !isLower(text.charCodeAt(at - 1)) || (cased && isUpper(original.charCodeAt(at)) && !isUpper(original.charCodeAt(at - 1)));
  const after = end === text.length || !isLower(text.charCodeAt(end)) || (cased && isUpper(original.charCodeAt(end)));
  const dotted = (text.charCodeAt(at - 1) === 0x2e && isWordChar(text.charCodeAt(at - 2))) || (text.charCodeAt(end) === 0x2e && isWordChar(text.charCodeAt(end + 1)));
  return before && after && !dotted;
}
