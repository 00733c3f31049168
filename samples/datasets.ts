// The sample tree: the kinds of files an organisation really holds, each row planted
// with the people it refers to and the legal category it belongs to (LEGAL.md), so the
// expected counts are known without running piscan.
import type { CategoryId } from '../src/types.js';
import { gb11643CheckChar } from '../src/detect/validators/gb11643.js';
import { gb32100CheckChar } from '../src/detect/validators/gb32100.js';
import type { Person } from './population.js';
import type { Random } from './random.js';

/** One personal record: who it is about and which category it counts in. */
export interface Planted {
  persons: number[];
  category: CategoryId;
}

export interface Table {
  name: string;
  header: string[];
  rows: string[][];
}

/** How a table is written; by default from the file's extension (.csv, .tsv). */
export type TableFormat = 'csv' | 'xlsx' | 'xls' | 'ods' | 'json' | 'jsonl' | 'mysql' | 'postgres';

export interface Dataset {
  path: string;
  format?: TableFormat;
  /** Columns stored as numbers in a workbook, as people type phone numbers into Excel. */
  numericColumns?: string[];
  /** A CSV written in GB18030 (what Excel on Chinese Windows saves) instead of UTF-8. */
  encoding?: 'gb18030';
  /** A table (written as CSV/TSV or another tabular format) or free-text lines. */
  table?: Table;
  lines?: string[];
  planted: Planted[];
  /** Identifiers planted with a wrong check digit, impossible date or unallocated segment. */
  unverified: Record<string, number>;
  /** Organisation identifiers planted (not personal). */
  excluded: Record<string, number>;
}

const DATE = (rng: Random, month = 10): string =>
  `2026-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')} ${String(rng.int(8, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const SHOPS = ['优品生活旗舰店', '好物集市官方店', '鲜果园直营店'];
const GOODS = ['手机壳', '保温杯', '运动鞋', '洗发水', '台灯', '图书', '茶叶'];
const DEPARTMENTS: [string, string][] = [['内科', '高血压'], ['内分泌科', '2型糖尿病'], ['呼吸科', '支气管炎'], ['骨科', '腰椎间盘突出'], ['眼科', '青光眼']];
const HOTELS = ['汉庭酒店', '如家酒店', '全季酒店'];

function table(name: string, header: string[]): Table {
  return { name, header, rows: [] };
}

function dataset(path: string, t?: Table, format?: TableFormat): Dataset {
  return { path, format, table: t, lines: t ? undefined : [], planted: [], unverified: {}, excluded: {} };
}

/** The same people, one row each, as the other formats an export comes in. */
function peopleTable(path: string, format: TableFormat, name: string, header: string[], people: Person[], category: CategoryId, row: (p: Person) => string[]): Dataset {
  const d = dataset(path, table(name, header), format);
  for (const p of people) {
    d.table!.rows.push(row(p));
    d.planted.push({ persons: [p.id], category });
  }
  return d;
}

/** A staff roster from HR, as an Excel workbook with a title row and phones typed as numbers. */
function roster(rng: Random, people: Person[]): Dataset {
  const d = peopleTable('hr/员工花名册.xlsx', 'xlsx', '员工', ['姓名', '身份证号', '手机号', '部门', '入职日期'], people.slice(2800, 2900), 'general', (p) => [p.name, p.residentId, p.mobile, rng.pick(['财务部', '市场部', '技术部']), `20${rng.int(10, 25)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`]);
  d.numericColumns = ['手机号'];
  return d;
}

/** Older HR exports: a legacy .xls and a LibreOffice .ods of a volunteer list. */
function legacySheets(rng: Random, people: Person[]): Dataset[] {
  const header = ['姓名', '手机号', '紧急联系电话备注'];
  const row = (p: Person): string[] => [p.name, p.mobile, rng.pick(['无', '同本人', '见档案'])];
  return [
    peopleTable('hr/archive/2019-roster.xls', 'xls', '2019', header, people.slice(2850, 2880), 'general', row),
    peopleTable('hr/volunteers.ods', 'ods', 'volunteers', header, people.slice(2880, 2900), 'general', row),
  ];
}

/** A membership export from a CRM, as a JSON array of nested objects. */
function members(rng: Random, people: Person[]): Dataset {
  return peopleTable('crm/members.json', 'json', 'members', ['member.name', 'member.mobile', 'member.email', 'points'], people.slice(2900, 2960), 'general', (p) => [p.name, p.mobile, p.email, String(rng.int(0, 5000))]);
}

/** Location events from a mobile app, one JSON object per line. */
function locationEvents(rng: Random, people: Person[]): Dataset {
  return peopleTable('app/location-events.jsonl', 'jsonl', 'events', ['user.mobile', '纬度', '经度', 'ts'], people.slice(2960, 3000), 'track', (p) => [p.mobile, (30 + rng.next()).toFixed(5), (120 + rng.next()).toFixed(5), String(1761955200 + rng.int(0, 86400))]);
}

/** A shop database dumped with mysqldump. */
function shopDump(rng: Random, people: Person[]): Dataset {
  return peopleTable('db/shop.sql', 'mysql', 'orders', ['order_no', 'receiver_name', 'receiver_phone', 'receiver_address', 'amount'], people.slice(1500, 1560), 'transaction', (p) => [`A${rng.digits(10)}`, p.name, p.mobile, p.address, (rng.int(100, 9999) / 100).toFixed(2)]);
}

/** A clinic database dumped with pg_dump (COPY blocks). */
function clinicDump(rng: Random, people: Person[]): Dataset {
  return peopleTable('db/clinic-pg.sql', 'postgres', 'visits', ['name', 'id_card', 'phone', 'diagnosis'], people.slice(740, 800), 'health', (p) => [p.name, p.residentId, p.mobile, rng.pick(DEPARTMENTS)[1]]);
}

/** Waybills: a sender and a receiver per row; shops as senders are organisations. */
function waybills(rng: Random, people: Person[]): Dataset {
  const d = dataset('courier/waybills-2026-10.csv', table('waybills', ['运单号', '寄件人', '寄件人电话', '寄件地址', '收件人', '收件人电话', '收件地址', '物品', '运费']));
  for (let i = 0; i < 900; i++) {
    const receiver = rng.pick(people.slice(0, 1500));
    const fromShop = rng.chance(0.4);
    const sender = rng.pick(people.slice(1000, 2000));
    const waybill = `SF${1400000000000 + i * 7919}`;
    const senderCells = fromShop ? [rng.pick(SHOPS), '400-820-' + rng.digits(4), '浙江省杭州市余杭区仓前街道电商园1号'] : [sender.name, sender.mobile, sender.address];
    d.table!.rows.push([waybill, ...senderCells, receiver.name, receiver.mobile, receiver.address, rng.pick(GOODS), String(rng.int(8, 30))]);
    d.planted.push({ persons: fromShop ? [receiver.id] : [sender.id, receiver.id], category: 'transaction' });
    if (fromShop) d.excluded.cn_hotline = (d.excluded.cn_hotline ?? 0) + 1;
  }
  return d;
}

/** Outpatient list: visits of patients, some more than once. */
function patients(rng: Random, people: Person[]): Dataset {
  const d = dataset('hospital/outpatients.csv', table('outpatients', ['姓名', '身份证号', '联系电话', '科室', '诊断', '就诊日期']));
  for (let i = 0; i < 620; i++) {
    const p = people[200 + rng.int(0, 539)];
    const [dept, diagnosis] = rng.pick(DEPARTMENTS);
    d.table!.rows.push([p.name, p.residentId, p.mobile, dept, diagnosis, DATE(rng).slice(0, 10)]);
    d.planted.push({ persons: [p.id], category: 'health' });
  }
  return d;
}

/** Hotel check-ins, tab-separated as the PMS exports them. */
function checkins(rng: Random, people: Person[]): Dataset {
  const d = dataset('hotel/checkins.tsv', table('checkins', ['住客姓名', '证件号码', '手机', '房号', '入住时间', '退房时间']));
  for (let i = 0; i < 400; i++) {
    const p = people[1800 + rng.int(0, 399)];
    d.table!.rows.push([p.name, p.residentId, p.mobile, String(rng.int(2, 20) * 100 + rng.int(1, 30)), DATE(rng), DATE(rng, 11)]);
    d.planted.push({ persons: [p.id], category: 'accommodation' });
  }
  return d;
}

/** An online shop's order export: the receiver is the customer. */
function orders(rng: Random, people: Person[]): Dataset {
  const d = dataset('shop/orders-export.csv', table('orders', ['订单号', '下单时间', '收货人', '收货人手机', '收货地址', '商品', '实付金额']));
  for (let i = 0; i < 700; i++) {
    const p = people[rng.int(0, 999)];
    d.table!.rows.push([`2026${String(10000000000 + i * 104729)}`, DATE(rng), p.name, p.mobile, p.address, rng.pick(GOODS), (rng.int(500, 99900) / 100).toFixed(2)]);
    d.planted.push({ persons: [p.id], category: 'transaction' });
  }
  return d;
}

/** Call detail records: two parties per call, never linked to each other. */
function callRecords(rng: Random, people: Person[]): Dataset {
  const d = dataset('telecom/call-records.csv', table('calls', ['主叫号码', '被叫号码', '通话开始时间', '通话时长(秒)']));
  for (let i = 0; i < 500; i++) {
    const a = people[2200 + rng.int(0, 299)];
    const b = people[2200 + rng.int(0, 299)];
    d.table!.rows.push([a.mobile, b.mobile, DATE(rng), String(rng.int(5, 1800))]);
    d.planted.push({ persons: a.id === b.id ? [a.id] : [a.id, b.id], category: 'communication_record' });
  }
  return d;
}

/** Overdue loans: credit information, tier A. */
function overdue(rng: Random, people: Person[]): Dataset {
  const d = dataset('finance/overdue-loans.csv', table('overdue', ['客户姓名', '身份证号', '手机号', '贷款金额', '逾期天数']));
  for (let i = 0; i < 45; i++) {
    const p = people[100 + i];
    d.table!.rows.push([p.name, p.residentId, p.mobile, String(rng.int(1, 50) * 1000), String(rng.int(1, 180))]);
    d.planted.push({ persons: [p.id], category: 'credit' });
  }
  return d;
}

/** A customer list with bank cards and balances: property information, tier A. */
function balances(rng: Random, people: Person[]): Dataset {
  const d = dataset('finance/card-balances.csv', table('balances', ['姓名', '手机号', '银行卡号', '账户余额']));
  for (let i = 0; i < 30; i++) {
    const p = people[140 + i];
    d.table!.rows.push([p.name, p.mobile, p.bankCard, (rng.int(100, 10000000) / 100).toFixed(2)]);
    d.planted.push({ persons: [p.id], category: 'property' });
  }
  return d;
}

/** A staff address book: general personal information. */
function contacts(_rng: Random, people: Person[]): Dataset {
  const d = dataset('hr/contacts.csv', table('contacts', ['name', 'mobile', 'email']));
  d.encoding = 'gb18030';
  for (let i = 0; i < 300; i++) {
    const p = people[2500 + i];
    d.table!.rows.push([p.name, p.mobile, p.email]);
    d.planted.push({ persons: [p.id], category: 'general' });
  }
  return d;
}

/** An application log with personal information in free text. */
function appLog(rng: Random, people: Person[]): Dataset {
  const d = dataset('logs/app-2026-11-01.log');
  for (let i = 0; i < 600; i++) {
    const p = people[rng.int(0, 2999)];
    const t = `2026-11-01T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(10, 59))}:${String(rng.int(10, 59))}.${rng.digits(3)}Z`;
    switch (i % 6) {
      case 0:
        d.lines!.push(`${t} INFO  login ok user=${p.mobile} session=${rng.digits(12)}`);
        d.planted.push({ persons: [p.id], category: 'general' });
        break;
      case 1:
        d.lines!.push(`${t} INFO  用户${p.name}(${p.mobile})于2026-11-01 14:03入住${rng.pick(HOTELS)}${rng.int(2, 9)}0${rng.int(1, 9)}房`);
        d.planted.push({ persons: [p.id], category: 'accommodation' });
        break;
      case 2:
        d.lines!.push(`${t} INFO  实名认证通过 身份证${p.residentId} 手机${p.mobile}`);
        d.planted.push({ persons: [p.id], category: 'general' });
        break;
      case 3:
        d.lines!.push(`${t} INFO  定位上报 phone=${p.mobile} 经度=${(116 + rng.next()).toFixed(5)} 纬度=${(39 + rng.next()).toFixed(5)}`);
        d.planted.push({ persons: [p.id], category: 'track' });
        break;
      case 4:
        d.lines!.push(`${t} INFO  用户 ${p.email} 手机 ${p.mobile} 下单支付成功 订单金额 ${rng.int(10, 999)}.00`);
        d.planted.push({ persons: [p.id], category: 'transaction' });
        break;
      default:
        d.lines!.push(`${t} DEBUG cache hit key=user:${rng.digits(6)} took=${rng.int(1, 90)}ms`);
    }
  }
  return d;
}

/** A purely technical log: timestamps, request ids, hosts — nothing personal. */
function systemLog(rng: Random): Dataset {
  const d = dataset('logs/system.log');
  for (let i = 0; i < 400; i++) {
    const ms = 1761955200000 + i * 60013;
    d.lines!.push(`${ms} [worker-${rng.int(1, 8)}] GET /api/v1/items/${rng.digits(8)} 200 ${rng.int(2, 900)}ms req=${rng.digits(16)} host=10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
  }
  return d;
}

/**
 * Numbers that look like identifiers and are not: wrong check characters, impossible
 * dates, unallocated mobile segments, timestamps, order numbers, hotlines, company codes.
 */
function nearMisses(rng: Random, people: Person[]): Dataset {
  const d = dataset('misc/near-misses.csv', table('nearmiss', ['记录号', '身份证号', '手机号', '下单时间戳', '订单号', '客服热线', '统一社会信用代码']));
  const bump = (map: Record<string, number>, key: string): void => void (map[key] = (map[key] ?? 0) + 1);
  for (let i = 0; i < 120; i++) {
    const p = people[rng.int(0, 2999)];
    const id17 = p.residentId.slice(0, 17);
    const wrongCheck = '0123456789X'.replace(gb11643CheckChar(id17), '')[rng.int(0, 9)];
    const badDate = p.residentId.slice(0, 10) + '1332' + p.residentId.slice(14, 17);
    const badId = i % 2 === 0 ? id17 + wrongCheck : badDate + gb11643CheckChar(badDate);
    const badMobile = rng.pick(['140', '141', '144', '146', '148', '149']) + rng.digits(8);
    const uscc17 = `91${rng.pick(['310115', '440305', '110105', '330106'])}${rng.digits(5)}MA${rng.int(1, 9)}K`;
    const uscc = uscc17 + gb32100CheckChar(uscc17);
    d.table!.rows.push([String(i + 1), badId, badMobile, String(1761955200000 + i * 1000), `ORD${rng.digits(16)}`, `800-${rng.digits(3)}-${rng.digits(4)}`, uscc]);
    bump(d.unverified, 'cn_resident_id');
    bump(d.unverified, 'cn_mobile');
    bump(d.excluded, 'cn_hotline');
    bump(d.excluded, 'org_credit_code');
  }
  return d;
}

export function datasets(rng: Random, people: Person[]): Dataset[] {
  return [
    waybills(rng, people),
    patients(rng, people),
    checkins(rng, people),
    orders(rng, people),
    callRecords(rng, people),
    overdue(rng, people),
    balances(rng, people),
    contacts(rng, people),
    appLog(rng, people),
    systemLog(rng),
    nearMisses(rng, people),
    roster(rng, people),
    ...legacySheets(rng, people),
    members(rng, people),
    locationEvents(rng, people),
    shopDump(rng, people),
    clinicDump(rng, people),
  ];
}
