// The shape of the data files in patterns/: one EntitySpec per entity type
// (patterns/entities/*.json), the category vocabulary and the person roles.
import type { CategoryId, Tier } from '../types.js';

/**
 * identifier: a direct identifier (LEGAL.md) — alone it makes a record personal.
 * attribute: identifies a person only together with a name (address, landline, …).
 * name: a person's name.
 * excluded: an organisation's identifier, recognised so it is left out and counted as excluded.
 */
export type EntityKind = 'identifier' | 'attribute' | 'name' | 'excluded';

/**
 * text: found anywhere in any value.
 * label: found in free text after a label such as 姓名：; capture group 1 is the value.
 * field: the whole value of a column whose header hints this type.
 */
export type PatternScope = 'text' | 'label' | 'field';

export interface PatternSpec {
  regex: string;
  scope: PatternScope;
  confidence: number;
  /** Overrides the entity's unverifiedWhenInvalid for this pattern (noisy shapes). */
  unverifiedWhenInvalid?: boolean;
  /** Overrides the entity's validator for this pattern (one type, several numbering schemes). */
  validator?: string;
  /** Overrides the entity's requiresContext for this pattern (bare digit runs need context, prefixed forms do not). */
  requiresContext?: boolean;
  /**
   * A match in free text of a pattern that requires context, found without it, still counts
   * in a record that holds a verified linking identifier (a mobile, a resident ID) when this
   * stricter validator accepts it, at this confidence: a device's IMEI beside its owner's
   * phone in a log line whose words name no device (uniqueId, a frame header, a table name).
   */
  besideLinkingIdentifier?: { validator: string; confidence: number };
  /**
   * A match in free text is not of this type when the text before it (its last 64
   * characters) ends in this RE2 pattern: a dotted quad after a product name and a slash
   * is a version (Chrome/109.0.0.0 in a User-Agent), not an address.
   */
  notAfter?: string;
}

export type MaskSpec = { keepStart: number; keepEnd: number } | 'email';

/**
 * Free text, or a column's value under its name; `record` holds the other columns of the
 * record the value stands in, for evidence that needs the record (a name found by its
 * value needs a linking identifier beside it).
 */
export type Example = string | { header: string; value: string; record?: { header: string; value: string }[] };

export interface EntitySpec {
  id: string;
  description: string;
  source?: string;
  kind: EntityKind;
  /** When a candidate fits several types, lower priority numbers are tried first. */
  priority: number;
  /** Whether its keyed hash links records of the same person (resolve stage). */
  links: boolean;
  patterns: PatternSpec[];
  validator?: string;
  normalizer?: string;
  mask: MaskSpec;
  headers: string[];
  /** Headers that end like a hint but mean something else (e.g. 公司名称 for names). */
  notHeaders?: string[];
  keywords: string[];
  /**
   * A whole value in a column no header hint claims counts as this type when it has one of
   * the type's text shapes (if it has any) and the validator accepts it — this one (stricter
   * than the type's own), else the shape's or the type's; only in a record with a verified
   * linking identifier if `needsLinkingIdentifier` (detect/byValue.ts). For types that need
   * context, the record and the whole value are that context. `regex` is the whole value's
   * shape when the type's text shapes do not fit one value (they are coordinate pairs; a
   * coordinate column holds one number). `underOtherHints`: also in a column whose name named
   * a type the value turned out not to be (户口号码 reads as a phone's 号码 and holds a card) —
   * for types whose shape and check stand on their own, not names or addresses.
   */
  byValue?: { validator?: string; confidence: number; needsLinkingIdentifier?: boolean; regex?: string; underOtherHints?: boolean };
  /**
   * Substrings of a column name (any of its forms) under which a whole value is not taken
   * for this type by its shape alone (names: 商品, 店铺, product, shop — a brand reads like a name).
   */
  notByValue?: string[];
  /** A match counts only with a hinting header or a keyword near it. */
  requiresContext?: boolean;
  /** How many characters on each side of a match are searched for keywords (default 24). */
  contextChars?: number;
  /** A legal category this type is evidence of (a waybill number of transaction, …). */
  category?: CategoryId;
  /** A shape match that fails the validator is reported as unverified (else ignored). */
  unverifiedWhenInvalid: boolean;
  examples: { match: Example[]; noMatch: Example[] };
}

export interface CategorySpec {
  id: CategoryId;
  tier: Tier;
  name: string;
  /** Substrings of a (normalised) column name that are evidence of this category. */
  headers: string[];
  /** Substrings of free text that are evidence of this category. */
  keywords: string[];
  /** RE2 patterns over free text that are a line's own word for its kind (an IM webhook's "event":"message"), evidence as a keyword is. */
  markers?: string[];
  /** RE2 patterns over free text whose shape is evidence (a chat export's `[time] sender: text`), when no keyword or marker speaks. */
  patterns?: string[];
  /** RE2 patterns a whole column value of an unnamed kind must match to be evidence (汉庭酒店, 2型糖尿病). */
  values?: string[];
}

export interface RoleSpec {
  id: string;
  /**
   * The kind of record a column of this role is part of (a caller's number: a call) — said
   * only beside a column of the `counterpart` role (the callee's): one party alone is a profile.
   */
  category?: CategoryId;
  counterpart?: string;
  words: string[];
}
