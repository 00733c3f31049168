// Person roles from column names (patterns/roles.json): whose information a column holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternsDir } from '../detect/catalogueFiles.js';
import { normaliseHeader, SubstringMatcher } from '../detect/headers.js';
import type { RoleSpec } from '../detect/spec.js';
import { CATEGORY_IDS, type CategoryId } from '../types.js';

/**
 * A party's role; the role of the other party it is never the same person as (a sender's
 * receiver); and the kind of record the two make, when the role says it (a shipment).
 */
export interface Role {
  id: string;
  counterpart?: string;
  category?: CategoryId;
}

export type RoleMatcher = SubstringMatcher<Role>;

/** The roles of patterns/roles.json (or `file`), by the words of column names; checked on load. */
export function loadRoles(file = join(patternsDir(), 'roles.json')): RoleMatcher {
  const roles = (JSON.parse(readFileSync(file, 'utf8')) as { roles: RoleSpec[] }).roles;
  const unknown = roles.filter((r) => r.category !== undefined && !(CATEGORY_IDS as readonly string[]).includes(r.category));
  if (unknown.length > 0) throw new Error(`${file}: roles with an unknown category: ${unknown.map((r) => r.id).join(', ')}`);
  const alone = roles.filter((r) => r.category !== undefined && !roles.some((o) => o.id === r.counterpart));
  if (alone.length > 0) throw new Error(`${file}: roles with a category need a counterpart role: ${alone.map((r) => r.id).join(', ')}`);
  const hints = roles.flatMap((r) => {
    const target: Role = { id: r.id, counterpart: r.counterpart, category: r.category };
    return r.words.map((hint) => ({ hint, target }));
  });
  // Longest words first, so 紧急联系人 is not taken for another role's shorter word.
  hints.sort((a, b) => b.hint.length - a.hint.length);
  return new SubstringMatcher(hints, normaliseHeader, true);
}
