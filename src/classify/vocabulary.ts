// The category vocabulary of patterns/categories.json, compiled into matchers.
import { readFileSync } from 'node:fs';
import RE2 from 're2';
import { dirname, join } from 'node:path';
import { patternsDir } from '../detect/catalogueFiles.js';
import { expandedHeader, headOf, headerVariants, normaliseHeader, notesOf, SubstringMatcher } from '../detect/headers.js';
import { memoize } from '../detect/memo.js';
import { Utf8Text } from '../detect/utf8Text.js';
import type { CategorySpec } from '../detect/spec.js';
import { loadRoles, type RoleMatcher } from '../resolve/roles.js';
import { CATEGORY_IDS, type CategoryId, type Tier } from '../types.js';

export interface Vocabulary {
  categories: CategorySpec[];
  /** The categories a column name is evidence of (its normalised forms, headers.ts headerVariants). */
  headers: {
    matchAll: (normalisedName: string) => readonly CategoryId[];
    /** Whether a name is a note's or a bookkeeping time's (headersNotFrom): no evidence of the record's kind. */
    ruledOut: (normalisedName: string) => boolean;
  };
  /**
   * The categories a column's name is evidence of, read in every form of it (headers.ts
   * headerVariants: BAL_AMT says balance only written out). A name's head speaks before its
   * notes: 入住时间(面签行程) is a stay's time on a visa trip, not a track. Its abbreviations are
   * not guessed at without the notes, which may say what they stand for (yq_city(院区城市)).
   */
  columnCategories: (columnName: string) => ReadonlySet<CategoryId>;
  keywords: SubstringMatcher<CategoryId>;
  /** The categories a free-text line names itself as in a format's own terms (an IM webhook's "event":"message"), from one pass of every category's markers. */
  markers: (text: string) => CategoryId[];
  /** The categories a free-text line's shape is evidence of (a chat line), from one pass of every category's patterns. */
  lineShapes: (text: string) => CategoryId[];
  /** The roles a column name holds, some of which say what kind of record they are part of (主叫号码: a call; patterns/roles.json). */
  roles: RoleMatcher;
  /** Whether a column holds a profile's standing setting (默认收货地址: a default address), whose role says nothing of the record. */
  isSetting: (columnName: string) => boolean;
  /** The categories a column's whole value is evidence of (a hotel's name, a diagnosis), unless its name rules values out. */
  valueEvidence: (columnName: string, value: string) => CategoryId[];
  tierOf: Record<CategoryId, Tier>;
  /** What makes a person's information sensitive (PIPL Art. 28): categories, and entity types seen verified. */
  sensitive: SensitiveSpec;
}

export interface SensitiveSpec {
  categories: CategoryId[];
  entities: string[];
}

export function loadVocabulary(file = join(patternsDir(), 'categories.json')): Vocabulary {
  const { categories, sensitive, valuesNotUnder, headersNotFrom, settingsStartWith, notesOfPlace, keywordsNotBefore } = JSON.parse(readFileSync(file, 'utf8')) as {
    categories: CategorySpec[];
    notesOfPlace?: string[];
    keywordsNotBefore?: string[];
    sensitive?: SensitiveSpec;
    valuesNotUnder?: string[];
    headersNotFrom?: string[];
    settingsStartWith?: string[];
  };
  const ids = categories.map((c) => c.id).join(',');
  if (ids !== CATEGORY_IDS.join(',')) throw new Error(`${file}: categories must be exactly ${CATEGORY_IDS.join(', ')} in that order`);
  const unknown = (sensitive?.categories ?? []).filter((c) => !(CATEGORY_IDS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`${file}: sensitive.categories has unknown ids: ${unknown.join(', ')}`);
  const tierOf = Object.fromEntries(categories.map((c) => [c.id, c.tier])) as Record<CategoryId, Tier>;
  const headers = headerMatcher(categories, headersNotFrom ?? []);
  return {
    categories,
    headers,
    columnCategories: columnMatcher(headers, notesOfPlace ?? []),
    keywords: new SubstringMatcher(
      categories.flatMap((c) => c.keywords.map((hint) => ({ hint, target: c.id }))),
      (s) => s.toLowerCase(),
      false,
      keywordsNotBefore ?? [],
    ),
    markers: patternSetMatcher(categories.flatMap((c) => (c.markers ?? []).map((source) => ({ source, category: c.id }))), file, 'u'),
    lineShapes: patternSetMatcher(categories.flatMap((c) => (c.patterns ?? []).map((source) => ({ source, category: c.id }))), file, 'u'),
    valueEvidence: valueMatcher(categories, valuesNotUnder ?? [], file),
    roles: loadRoles(join(dirname(file), 'roles.json')),
    isSetting: startsWithAny((settingsStartWith ?? []).map(normaliseHeader)),
    tierOf,
    sensitive: { categories: sensitive?.categories ?? [], entities: sensitive?.entities ?? [] },
  };
}

/** Category words in a column name, except in a name that ends in one of `notFrom` (a note, a row's bookkeeping time). */
function headerMatcher(categories: CategorySpec[], notFrom: string[]): Vocabulary['headers'] {
  const words = new SubstringMatcher(categories.flatMap((c) => c.headers.map((hint) => ({ hint, target: c.id }))), normaliseHeader, true);
  const endings = notFrom.map(normaliseHeader);
  const ruledOut = (name: string): boolean => endings.some((e) => name.endsWith(e));
  // Column names repeat on every row: each one's answer is kept.
  return { matchAll: memoize((name) => (ruledOut(name) ? [] : words.matchAll(name))), ruledOut };
}

/** Whether a column's normalised name begins with one of `words`; a column's name repeats on every row. */
function startsWithAny(words: string[]): Vocabulary['isSetting'] {
  return memoize((name) => {
    const normalised = normaliseHeader(name);
    return words.some((w) => normalised.startsWith(w));
  });
}

/** Vocabulary['columnCategories'] over the words of `headers`; a column's name repeats on every row. */
function columnMatcher(headers: Vocabulary['headers'], notesOfPlace: string[]): Vocabulary['columnCategories'] {
  const ofForms = (forms: string[]): Set<CategoryId> => new Set(forms.flatMap((form) => headers.matchAll(form)));
  const places = notesOfPlace.map(normaliseHeader);
  const namesPlace = (name: string): boolean => notesOf(name).some((n) => places.some((p) => normaliseHeader(n).endsWith(p)));
  return memoize((name) => {
    const head = headOf(name);
    // A note's notes say what its writer may note (发型师备注(发质/过敏史)), not what the record holds.
    if (headers.ruledOut(normaliseHeader(head))) return new Set();
    if (head !== name && head !== '') {
      const fromHead = ofForms(headerVariants(head).filter((form) => form !== expandedHeader(head)));
      // Notes that name where the column comes from (会员登录名(交易大厅)) say nothing of what it holds.
      if (fromHead.size > 0 || namesPlace(name)) return fromHead;
    }
    return ofForms(headerVariants(name));
  });
}

/**
 * One pass of a set of every category's whole-value patterns; a column whose name (any
 * form) holds one of `notUnder` (备注, 商品 …: free words or things, not facts about the person) is not read.
 */
function valueMatcher(categories: CategorySpec[], notUnder: string[], file: string): Vocabulary['valueEvidence'] {
  const matches = patternSetMatcher(categories.flatMap((c) => (c.values ?? []).map((source) => ({ source, category: c.id }))), file, 'u', 'both');
  const ruledOut = memoize((name) => headerVariants(name).some((form) => notUnder.some((w) => form.includes(w))));
  return (columnName, value) => {
    const found = matches(value);
    return found.length === 0 || ruledOut(columnName) ? [] : found;
  };
}

/** The categories whose patterns match a text, in one pass of a set of them all. */
function patternSetMatcher(patterns: { source: string; category: CategoryId }[], file: string, flags: string, anchor?: 'both'): (text: string) => CategoryId[] {
  for (const p of patterns) compilePattern(p.source, file, p.category);
  if (patterns.length === 0) return () => [];
  const set = new RE2.Set(patterns.map((p) => p.source), flags, anchor ? { anchor } : {});
  return (text) => set.match(new Utf8Text(text).bytes).map((i: number) => patterns[i].category);
}

function compilePattern(source: string, file: string, id: CategoryId): RE2 {
  try {
    return new RE2(source, 'u');
  } catch (e) {
    throw new Error(`${file}: category ${id}: invalid RE2 pattern: ${(e as Error).message.split('\n')[0]}`);
  }
}

let builtin: Vocabulary | undefined;
export function builtinVocabulary(): Vocabulary {
  builtin ??= loadVocabulary();
  return builtin;
}
