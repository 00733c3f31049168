// Splits a record's detections into the people it describes and decides which of them
// are personal information (LEGAL.md): a direct identifier, or a name with another
// identifying attribute. Only verified, non-excluded detections count.
import type { Found } from '../detect/detector.js';
import type { PersonSlot } from '../types.js';
import type { KeyedHasher } from './keyedHash.js';
import type { RoleMatcher } from './roles.js';

export function personSlots(found: Found[], roles: RoleMatcher, hash: KeyedHasher): PersonSlot[] {
  const usable = found.filter((f) => f.verified && f.entity.spec.kind !== 'excluded');
  const roleOf = usable.map((f) => (f.header === '' ? undefined : roles.matchAll(f.header)[0]));
  const present = new Set(roleOf.map((r) => r?.id).filter((id) => id !== undefined));
  // Roles keep parties apart only beside a counterpart: a sender's and a receiver's columns
  // are two people, while a buyer's and a receiver's (buyerName, 默认收货地址) may be one,
  // and that one is then told apart by its numbers (parties()).
  const apart = roleOf.some((r) => r?.counterpart !== undefined && present.has(r.counterpart));
  const groups = new Map<string, Found[]>();
  const only = present.size === 1 ? [...present][0] : '';
  usable.forEach((f, i) => {
    const role = apart ? (roleOf[i]?.id ?? '') : only;
    const group = groups.get(role);
    if (group) group.push(f);
    else groups.set(role, [f]);
  });
  // Beside named parties, columns of no role that link no one (取件人姓名 and the waybill
  // number) speak of one of those parties, not of a person of their own, who could never be
  // matched again: each goes with the party whose column names are nearest its own. A
  // linking identifier of no role goes with a party only when that party's column names
  // alone share a word with its own (权证专员电话 beside 寄件权证专员) and the party holds no
  // other value of its type; otherwise it is a person of its own (下单人手机 beside a
  // sender's and a receiver's phones).
  const unroled = groups.get('');
  if (unroled && groups.size > 1) {
    const named = [...groups.entries()].filter(([role]) => role !== '').map(([, members]) => members);
    const staying: Found[] = [];
    for (const f of unroled) {
      if (!f.entity.spec.links) continue;
      const party = partyNamedLike(named, f);
      if (party) party.push(f);
      else staying.push(f);
    }
    if (staying.length > 0) {
      groups.set('', unroled.filter((f) => !f.entity.spec.links || staying.includes(f)));
    } else {
      groups.delete('');
      for (const f of unroled) if (!f.entity.spec.links) named[nearest(named.map((p) => p.map((g) => g.header)), f.header)].push(f);
    }
  }
  const slots: PersonSlot[] = [];
  for (const [role, members] of groups) {
    for (const party of parties(members)) if (isPersonal(party)) slots.push({ role, keys: personKeys(party, hash) });
  }
  return slots;
}

/**
 * The people among one role's findings. Two different values of one linking type in two
 * columns (two mobiles, two ID numbers), or in a line of free text, are two people when no
 * role word tells them apart — a call record's 来电号码 and 转接号码, a waybill whose parties
 * are named in words the role list lacks (发货药师, 收粮宠主) — unless the record names
 * exactly one person, whose second number it is (手机, 备用手机). Joined, they would link the
 * two people's records into one person. Each other finding goes with the party whose column name shares the longest
 * run of characters with its own (发货联系人 with 发货联系电话); free text with the first.
 */
function parties(members: Found[]): Found[][] {
  // Most records hold no two linking identifiers of one type (a mobile and an ID): nothing to split.
  const linking = members.filter((f) => f.entity.spec.links);
  if (linking.every((f, i) => linking.findIndex((g) => g.entity === f.entity) === i)) return [members];
  const anchors = repeatedLinkingType(members);
  if (anchors.length < 2) return [members];
  // One named person may have a second number, not a list of them (客户张伟 群发 to=138…,139…,150…).
  if (anchors.length === 2 && new Set(members.filter((f) => f.entity.spec.kind === 'name').map((f) => f.normalised)).size === 1) return [members];
  const groups = anchors.map((a): Found[] => [a]);
  for (const f of members) {
    if (anchors.includes(f)) continue;
    const same = anchors.findIndex((a) => a.entity === f.entity && a.normalised === f.normalised);
    groups[same >= 0 ? same : nearest(anchors.map((a) => [a.header]), f.header)].push(f);
  }
  return groups;
}

/** One finding per distinct value of the linking type with most of them, each in a column of its own. */
function repeatedLinkingType(members: Found[]): Found[] {
  const byType = new Map<string, Map<string, Found>>();
  for (const f of members) {
    if (!f.entity.spec.links) continue;
    const values = byType.get(f.entity.spec.id) ?? byType.set(f.entity.spec.id, new Map()).get(f.entity.spec.id)!;
    if (!values.has(f.normalised)) values.set(f.normalised, f);
  }
  let most: Found[] = [];
  for (const values of byType.values()) {
    const anchors = [...values.values()];
    // Two numbers in one cell (13812345678/13987654321) are one person's, three or more a list
    // of people; a line of free text is no cell: the numbers a log line lists (群发
    // to=138…,139…) are as many people, who would be joined into one, and every record of
    // each of them with them.
    const apart = anchors.length > 2 || anchors.every((f) => f.field === null) || new Set(anchors.map((f) => f.field)).size === anchors.length;
    if (anchors.length > most.length && apart) most = anchors;
  }
  return most;
}

/**
 * The one party whose column names share the longest run of characters, a word at least,
 * with a linking identifier's column name, unless it holds another value of its type. The
 * columns of its own type are not compared: they share the type's word (手机, 电话), which
 * says nothing of whose number it is.
 */
function partyNamedLike(parties: Found[][], f: Found): Found[] | undefined {
  const shared = parties.map((p) => Math.max(0, ...p.filter((g) => g.entity !== f.entity).map((g) => commonRun(g.header, f.header))));
  const most = Math.max(...shared);
  const party = parties[shared.indexOf(most)];
  if (most < 2 || shared.indexOf(most) !== shared.lastIndexOf(most)) return undefined;
  return party.some((g) => g.entity === f.entity && g.normalised !== f.normalised) ? undefined : party;
}

/** Which of the parties (by their column names) shares the longest run of characters with a column name; the first on a tie. */
function nearest(parties: string[][], header: string): number {
  const shared = parties.map((headers) => Math.max(...headers.map((h) => commonRun(h, header))));
  return shared.indexOf(Math.max(...shared));
}

/** The length of the longest run of characters two column names share. */
function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
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
