// Person roles from column names (patterns/roles.json): whose information a column holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternsDir } from '../detect/catalogueFiles.js';
import { normaliseHeader, SubstringMatcher } from '../detect/headers.js';
import type { RoleSpec } from '../detect/spec.js';

/** A party's role, and the role of the other party it is never the same person as (a sender's receiver). */
export interface Role {
  id: string;
  counterpart?: string;
}

export type RoleMatcher = SubstringMatcher<Role>;

/** The roles of patterns/roles.json (or `file`). */
export function loadRoleSpecs(file = join(patternsDir(), 'roles.json')): RoleSpec[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { roles: RoleSpec[] }).roles;
}

export function loadRoles(file = join(patternsDir(), 'roles.json')): RoleMatcher {
  const roles = loadRoleSpecs(file);
  // Longest words first, so 紧急联系人 is not taken for another role's shorter word.
  const hints = roles.flatMap((r) => r.words.map((hint) => ({ hint, target: { id: r.id, counterpart: r.counterpart } })));
  hints.sort((a, b) => b.hint.length - a.hint.length);
  return new SubstringMatcher(hints, normaliseHeader, true);
}
