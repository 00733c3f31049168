// The people of the corpus. A person drawn again keeps every identifier, so the corpus
// has the repeats that de-duplication must fold (the same customer in two exports).
import type { Random } from '../../samples/random.js';
import * as v from './values.js';

export type Origin = 'citizen' | 'foreigner' | 'hkmt';

export interface Person {
  id: number;
  origin: Origin;
  name: string;
  birth: { y: number; m: number; d: number };
  residentId: string;
  mobile: string;
  landline: string;
  email: string;
  address: string;
  card: string;
  passport: string;
  permit: string;
  foreignId: string;
  plate: string;
  imei: string;
  mac: string;
  idfa: string;
  account: string;
  password: string;
  ip: string;
}

export class PersonPool {
  private readonly people: Person[] = [];

  constructor(private readonly r: Random) {}

  /** A person, seen before with probability `repeat`. */
  draw(origin: Origin = 'citizen', repeat = 0.25): Person {
    const known = this.people.filter((p) => p.origin === origin);
    if (known.length > 0 && this.r.chance(repeat)) return this.r.pick(known);
    const p = this.create(origin);
    this.people.push(p);
    return p;
  }

  private create(origin: Origin): Person {
    const r = this.r;
    const birth = v.birthDate(r);
    const area = v.areaOf(r);
    return {
      id: this.people.length,
      origin,
      name: origin === 'foreigner' ? v.latinName(r) : v.chineseName(r),
      birth,
      residentId: v.residentId(r, area, birth),
      mobile: v.mobile(r),
      landline: v.landline(r),
      email: v.email(r),
      address: v.address(r, area),
      card: v.bankCard(r),
      passport: v.passport(r),
      permit: v.travelPermit(r, birth),
      foreignId: v.foreignPermanentId(r, birth),
      plate: v.plate(r),
      imei: v.imei(r),
      mac: v.mac(r),
      idfa: v.idfa(r),
      account: `user${r.digits(6)}`,
      password: v.password(r),
      ip: v.ipv4(r),
    };
  }
}
