// Splits a record's detections into the people it describes and decides which of them
// are personal information (LEGAL.md): a direct identifier, or a name with another
// identifying attribute. Only verified, non-excluded detections count.
import type { Found } from '../detect/detector.js';
import type { PersonSlot } from '../types.js';
import type { KeyedHasher } from './keyedHash.js';
import type { RoleMatcher } from './roles.js';

export function personSlots(found: Found[], roles: RoleMatcher, hash: KeyedHasher): PersonSlot[] {
  const usable = found.filter((f) => f.verified && f.entity.spec.kind !== 'excluded');
  const roleOf = usable.map((f) => (f.header === '' ? '' : (roles.matchAll(f.header)[0] ?? '')));
  const distinctRoles = new Set(roleOf.filter((r) => r !== ''));
  // One named role (or none): everything in the record is one person.
  const groups = new Map<string, Found[]>();
  usable.forEach((f, i) => {
    const role = distinctRoles.size <= 1 ? [...distinctRoles][0] ?? '' : roleOf[i];
    groups.set(role, [...(groups.get(role) ?? []), f]);
  });
  const slots: PersonSlot[] = [];
  for (const [role, members] of groups) {
    if (!isPersonal(members)) continue;
    slots.push({ role, keys: personKeys(members, hash) });
  }
  return slots;
}

function isPersonal(members: Found[]): boolean {
  if (members.some((f) => f.entity.spec.kind === 'identifier')) return true;
  return members.some((f) => f.entity.spec.kind === 'name') && members.some((f) => f.entity.spec.kind !== 'name');
}

/**
 * The linking identifiers' keyed hashes; a person known only by name and attributes is
 * keyed by all of them together, so the same name at the same address is one person.
 */
function personKeys(members: Found[], hash: KeyedHasher): string[] {
  const keys = new Set<string>();
  for (const f of members) if (f.entity.spec.links) keys.add(hash(f.entity.spec.id, f.normalised));
  if (keys.size === 0) {
    const parts = members.map((f) => `${f.entity.spec.id}=${f.normalised}`).sort();
    keys.add(hash('name+attributes', parts.join('\n')));
  }
  return [...keys].sort();
}
