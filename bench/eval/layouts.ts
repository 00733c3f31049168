// The record layouts of the corpus: tabular exports (customers, hotel registers, waybills,
// outpatient lists, call records …), free-text lines (logs, chat exports, notes) and the
// near-misses that must not count (company directories, product lists, bare names in prose,
// identifiers with a wrong check digit). Each layout returns the record and its truth.
import type { CategoryId, DataRecord, Field } from '../../src/types.js';
import type { Person, PersonPool } from './people.js';
import type { Random } from '../../samples/random.js';
import * as v from './values.js';
import { headersOf, phrasingsOf, type FieldKey, type TextPhrasings, type Variant } from './vocabulary.js';

export interface TrueEntity {
  type: string;
  value: string;
}

export interface LabelledRecord {
  layout: string;
  record: DataRecord;
  entities: TrueEntity[];
  /** The record's legal category, or null when it is not personal information. */
  category: CategoryId | null;
  persons: number[];
}

export interface LayoutContext {
  r: Random;
  pool: PersonPool;
  variant: Variant;
  headers: Record<FieldKey, string>;
  text: TextPhrasings;
}

type Truth = Omit<LabelledRecord, 'layout' | 'record'>;
/** A column: its key, its value, and the entity type the value truly is (if any). */
type Column = [FieldKey, string, string?];

function table(ctx: LayoutContext, columns: Column[], truth: Omit<Truth, 'entities'>): Omit<LabelledRecord, 'layout'> {
  const cols = [...columns];
  if (ctx.variant !== 'dev') {
    if (ctx.r.chance(0.5)) cols.push(['remark', ctx.r.pick(['', 'VIP', '已回访', '老客户'])]);
    if (ctx.r.chance(0.5)) cols.push(['created', `2026-${ctx.r.int(1, 9)}-${ctx.r.int(10, 28)} 10:${ctx.r.int(10, 59)}`]);
    ctx.r.shuffle(cols);
  }
  const fields: Field[] = cols.map(([key, value]) => ({ name: ctx.headers[key], value }));
  const entities = cols.flatMap(([, value, type]) => (type && value ? [{ type, value }] : []));
  return { record: { sheet: null, index: 0, fields }, entities, ...truth };
}

function text(template: string, values: Record<string, string>, types: Record<string, string>, truth: Omit<Truth, 'entities'>): Omit<LabelledRecord, 'layout'> {
  const line = template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  const entities = Object.entries(types).flatMap(([k, type]) => (template.includes(`{${k}}`) ? [{ type, value: values[k] }] : []));
  return { record: { sheet: null, index: 0, fields: [{ name: null, value: line }] }, entities, ...truth };
}

function mobileAs(ctx: LayoutContext, m: string): string {
  if (ctx.variant === 'dev') return m;
  return ctx.r.pick([m, `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`]);
}

function birthAs(ctx: LayoutContext, p: Person): string {
  const { y, m, d } = p.birth;
  if (ctx.variant === 'dev') return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return ctx.r.pick([`${y}/${m}/${d}`, v.ymd(p.birth), `${y}年${m}月${d}日`]);
}

function landlineAs(ctx: LayoutContext, l: string): string {
  if (ctx.variant === 'dev') return l;
  const [code, local] = l.split('-');
  return ctx.r.pick([`(${code})${local}`, `${code} ${local}`, l]);
}

const DIAGNOSES = ['上呼吸道感染', '2型糖尿病', '高血压', '急性胃肠炎', '腰椎间盘突出', '过敏性鼻炎'];
const DEPTS = ['内科', '外科', '儿科', '皮肤科', '骨科'];
const HOTELS = ['汉庭酒店', '如家快捷酒店', '全季酒店', '锦江之星'];
const GOODS = ['手机壳', '运动鞋', '保温杯', '蓝牙耳机', '图书'];
const CHATS = ['明天下午三点见', '收到，谢谢', '合同已经发你邮箱了', '晚上一起吃饭吗', '好的没问题'];

type Layout = (ctx: LayoutContext) => Omit<LabelledRecord, 'layout'>;

export const LAYOUTS: Record<string, { weight: number; make: Layout }> = {
  customers: { weight: 10, make: (ctx) => {
    const p = ctx.pool.draw();
    const cols: Column[] = [['name', p.name, 'person_name'], ['gender', ctx.r.pick(['男', '女'])], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['id', p.residentId, 'cn_resident_id'], ['address', p.address, 'address']];
    if (ctx.r.chance(0.4)) cols.push(['email', p.email, 'email']);
    if (ctx.r.chance(0.4)) cols.push(['birth', birthAs(ctx, p), 'birth_date']);
    return table(ctx, cols, { category: 'general', persons: [p.id] });
  } },
  hotel: { weight: 6, make: (ctx) => {
    const p = ctx.pool.draw();
    const doc: Column = ctx.r.chance(0.8) ? ['doc', p.residentId, 'cn_resident_id'] : ['doc', p.passport, 'cn_passport'];
    const t = v.dateTime(ctx.r);
    return table(ctx, [['guest', p.name, 'person_name'], doc, ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['checkin', `${t.date} ${t.time}`], ['room', String(ctx.r.int(101, 1520))], ['hotel', ctx.r.pick(HOTELS)]], { category: 'accommodation', persons: [p.id] });
  } },
  waybill: { weight: 8, make: (ctx) => {
    const s = ctx.pool.draw();
    const rc = ctx.pool.draw();
    return table(ctx, [['waybill', v.waybill(ctx.r), 'waybill_no'], ['senderName', s.name, 'person_name'], ['senderMobile', mobileAs(ctx, s.mobile), 'cn_mobile'], ['senderAddress', s.address, 'address'], ['receiverName', rc.name, 'person_name'], ['receiverMobile', mobileAs(ctx, rc.mobile), 'cn_mobile'], ['receiverAddress', rc.address, 'address'], ['goods', ctx.r.pick(GOODS)], ['amount', String(ctx.r.int(5, 900))]], { category: 'transaction', persons: [s.id, rc.id] });
  } },
  outpatient: { weight: 6, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return table(ctx, [['patient', p.name, 'person_name'], ['gender', ctx.r.pick(['男', '女'])], ['birth', birthAs(ctx, p), 'birth_date'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['diagnosis', ctx.r.pick(DIAGNOSES)], ['dept', ctx.r.pick(DEPTS)], ['visitTime', t.date]], { category: 'health', persons: [p.id] });
  } },
  bank: { weight: 5, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['name', p.name, 'person_name'], ['card', p.card, 'bank_card'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['balance', (ctx.r.int(0, 9_000_000) / 100).toFixed(2)]], { category: 'property', persons: [p.id] });
  } },
  credit: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['name', p.name, 'person_name'], ['id', p.residentId, 'cn_resident_id'], ['loan', String(ctx.r.int(1000, 500000))], ['overdue', String(ctx.r.int(1, 900))], ['score', String(ctx.r.int(350, 950))]], { category: 'credit', persons: [p.id] });
  } },
  calls: { weight: 5, make: (ctx) => {
    const a = ctx.pool.draw();
    const b = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return table(ctx, [['caller', a.mobile, 'cn_mobile'], ['callee', b.mobile, 'cn_mobile'], ['callTime', `${t.date} ${t.time}`], ['duration', String(ctx.r.int(3, 3600))]], { category: 'communication_record', persons: [a.id, b.id] });
  } },
  chatTable: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return table(ctx, [['sender', p.name, 'person_name'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['message', ctx.r.pick(CHATS)], ['sendTime', `${t.date} ${t.time}`]], { category: 'communication_content', persons: [p.id] });
  } },
  gps: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    const c = v.coordinate(ctx.r);
    const t = v.dateTime(ctx.r);
    return table(ctx, [['device', p.imei, 'device_id'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['lat', c.lat, 'geo_coordinate'], ['lng', c.lng, 'geo_coordinate'], ['time', `${t.date} ${t.time}`]], { category: 'track', persons: [p.id] });
  } },
  vehicles: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['owner', p.name, 'person_name'], ['plate', p.plate, 'license_plate'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['id', p.residentId, 'cn_resident_id']], { category: 'property', persons: [p.id] });
  } },
  accounts: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['account', p.account], ['password', p.password, 'credential'], ['email', p.email, 'email'], ['ip', p.ip, 'ip_address']], { category: 'general', persons: [p.id] });
  } },
  devices: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['name', p.name, 'person_name'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['imei', p.imei, 'device_id'], ['mac', p.mac, 'device_id'], ['idfa', p.idfa, 'device_id']], { category: 'general', persons: [p.id] });
  } },
  foreigners: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw('foreigner');
    return table(ctx, [['name', p.name, 'person_name'], ['fpid', p.foreignId, 'cn_foreign_permanent_id'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['email', p.email, 'email']], { category: 'general', persons: [p.id] });
  } },
  permits: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw('hkmt');
    return table(ctx, [['name', p.name, 'person_name'], ['permit', p.permit, 'travel_permit'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['birth', birthAs(ctx, p), 'birth_date']], { category: 'general', persons: [p.id] });
  } },
  travel: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['name', p.name, 'person_name'], ['passport', p.passport, 'cn_passport'], ['mobile', mobileAs(ctx, p.mobile), 'cn_mobile']], { category: 'general', persons: [p.id] });
  } },
  contacts: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['name', p.name, 'person_name'], ['landline', landlineAs(ctx, p.landline), 'cn_landline'], ['address', p.address, 'address']], { category: 'general', persons: [p.id] });
  } },
  hotelLog: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return text(ctx.text.hotelLog, { name: p.name, mobile: p.mobile, ...t, hotel: ctx.r.pick(HOTELS), room: String(ctx.r.int(101, 1520)) }, { name: 'person_name', mobile: 'cn_mobile' }, { category: 'accommodation', persons: [p.id] });
  } },
  chatLog: { weight: 4, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return text(ctx.text.chat, { name: p.name, mobile: p.mobile, ...t, text: ctx.r.pick(CHATS) }, { name: 'person_name', mobile: 'cn_mobile' }, { category: 'communication_content', persons: [p.id] });
  } },
  loginLog: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    return text(ctx.text.loginLog, { account: p.account, password: p.password, ip: p.ip, ...t }, { password: 'credential', ip: 'ip_address' }, { category: 'general', persons: [p.id] });
  } },
  gpsLog: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    const t = v.dateTime(ctx.r);
    const c = v.coordinate(ctx.r);
    return text(ctx.text.gpsLog, { imei: p.imei, mobile: p.mobile, ...t, ...c }, { imei: 'device_id', mobile: 'cn_mobile', lat: 'geo_coordinate' }, { category: 'track', persons: [p.id] });
  } },
  serviceNote: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return text(ctx.text.serviceNote, { name: p.name, mobile: p.mobile, id: p.residentId }, { name: 'person_name', mobile: 'cn_mobile', id: 'cn_resident_id' }, { category: 'transaction', persons: [p.id] });
  } },
  deliveries: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw();
    return table(ctx, [['orderNo', ctx.r.digits(16)], ['receiverName', p.name, 'person_name'], ['receiverMobile', mobileAs(ctx, p.mobile), 'cn_mobile'], ['city', v.placeLikeName(ctx.r)], ['shop', v.shopLikeName(ctx.r)], ['product', v.brandLikeName(ctx.r)], ['amount', String(ctx.r.int(5, 900))]], { category: 'transaction', persons: [p.id] });
  } },
  companyDirectory: { weight: 4, make: (ctx) => table(ctx, [['company', v.companyName(ctx.r)], ['uscc', v.creditCode(ctx.r)], ['address', v.address(ctx.r), 'address'], ['landline', landlineAs(ctx, v.landline(ctx.r)), 'cn_landline'], ['hotline', v.hotline(ctx.r)]], { category: null, persons: [] }) },
  products: { weight: 3, make: (ctx) => table(ctx, [['sku', 'G' + ctx.r.digits(8)], ['product', ctx.r.pick(GOODS)], ['price', String(ctx.r.int(5, 900))], ['orderNo', ctx.r.digits(16)]], { category: null, persons: [] }) },
  brokenIds: { weight: 3, make: (ctx) => {
    const p = ctx.pool.draw('citizen', 0);
    return table(ctx, [['name', p.name, 'person_name'], ['id', v.brokenCheck(p.residentId)], ['mobile', v.unallocatedMobile(ctx.r)]], { category: null, persons: [] });
  } },
  proseName: { weight: 2, make: (ctx) => text(ctx.text.proseName, { name: v.chineseName(ctx.r), product: ctx.r.pick(GOODS) }, { name: 'person_name' }, { category: null, persons: [] }) },
  hotlineNote: { weight: 1, make: (ctx) => text(ctx.text.hotlineNote, { hotline: v.hotline(ctx.r) }, {}, { category: null, persons: [] }) },
  orderNote: { weight: 2, make: (ctx) => text(ctx.text.orderNote, { orderNo: ctx.r.digits(ctx.r.pick([14, 16, 18])), price: String(ctx.r.int(5, 900)) }, {}, { category: null, persons: [] }) },
};

export function contextFor(r: Random, pool: PersonPool, variant: Variant): LayoutContext {
  return { r, pool, variant, headers: headersOf(variant), text: phrasingsOf(variant) };
}
