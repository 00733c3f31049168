import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyedHasher } from '../../src/resolve/keyedHash.js';
import { PersonIndex } from '../../src/resolve/personIndex.js';
import { loadRoles } from '../../src/resolve/roles.js';
import { personSlots } from '../../src/resolve/slots.js';
import type { DataRecord } from '../../src/types.js';
import { detector } from '../helpers.js';

const d = detector();
const hash = createKeyedHasher('k');
const roles = loadRoles();
const row = (cells: Record<string, string>): DataRecord => ({ sheet: null, index: 1, fields: Object.entries(cells).map(([name, value]) => ({ name, value })) });
const slotsOf = (cells: Record<string, string>) => personSlots(d.detect(row(cells)), roles, hash);

describe('person slots', () => {
  it('keeps a waybill sender and receiver apart', () => {
    const s = slotsOf({ 寄件人: '张伟', 寄件人电话: '13812345678', 收件人: '李娜', 收件人电话: '13987654321', 收件地址: '北京市朝阳区建国路88号' });
    expect(s.map((x) => x.role).sort()).toEqual(['receiver', 'sender']);
    expect(s[0].keys).not.toEqual(s[1].keys);
  });
  it('keeps the two parties apart in courier-export (寄方/收方) and own-end/other-end (本端/对端) spellings', () => {
    const w = slotsOf({ 寄方联系人: '张伟', 寄方电话: '13812345678', 收方姓名: '李娜', 收方手机: '13987654321' });
    expect(w.map((x) => x.role).sort()).toEqual(['receiver', 'sender']);
    const c = slotsOf({ 本端号码: '13812345678', 对端号码: '13987654321' });
    expect(c.map((x) => x.role).sort()).toEqual(['callee', 'caller']);
  });
  it('keeps two parties apart whose columns no role word names: two numbers, and two names or none', () => {
    const w = slotsOf({ 发货药师: '侯国文', 药师联系电话: '15525903959', 收粮宠主: '任春娟', 收粮宠主电话: '19174333145' });
    expect(w).toHaveLength(2);
    expect(w.map((x) => x.keys).sort()).toEqual([[hash('cn_mobile', '15525903959')], [hash('cn_mobile', '19174333145')]].sort());
    const c = slotsOf({ 急诊来电号码: '13812345678', 转接值班兽医: '13987654321', 来电时刻: '2026-03-14 08:30' });
    expect(c).toHaveLength(2);
  });
  it('makes as many people of the numbers a line of free text lists, unless it names exactly one person', () => {
    const lineSlots = (value: string) => personSlots(d.detect({ sheet: null, index: 1, fields: [{ name: null, value }] }), roles, hash);
    expect(lineSlots('2026-11-01 群发短信 to=13812345678,13987654321,15011112222 status=ok')).toHaveLength(3);
    expect(lineSlots('{"senderName":"张伟","senderPhone":"13812345678","receiverName":"李娜","receiverPhone":"13987654321"}')).toHaveLength(2);
    expect(lineSlots('客户张伟 手机13812345678 备用13987654321')).toHaveLength(1);
    // One named person has a second number, not a list of them.
    expect(lineSlots('客户张伟 群发短信 to=13812345678,13987654321,15011112222')).toHaveLength(3);
  });
  it("keeps one named person's second number with the first, and two numbers of one cell together, not three", () => {
    const [one, ...rest] = slotsOf({ 姓名: '张伟', 手机: '13812345678', 备用手机: '13987654321' });
    expect(rest).toEqual([]);
    expect(one.keys.sort()).toEqual([hash('cn_mobile', '13812345678'), hash('cn_mobile', '13987654321')].sort());
    expect(slotsOf({ 联系电话: '13812345678/13987654321', 备注: '已回访' })).toHaveLength(1);
    // Three or more in one cell are a list of people.
    expect(slotsOf({ 群成员手机: '13812345678,13987654321,15011112222', 备注: '已回访' })).toHaveLength(3);
  });
  it('gives a column of no role that links no one to a named party, not a person of its own', () => {
    const s = slotsOf({ 寄件人信息姓名: '罗鹏萍', 寄件人信息手机: '15044114306', consigneeTelephone: '13748024369', 取件人姓名: '江慧', logisticsNo: 'SF2952924243569' });
    expect(s.map((x) => x.role).sort()).toEqual(['receiver', 'sender']);
  });
  it('gives a linking identifier of no role to the one party whose column names share a word with its own, unless that party has another number', () => {
    const joined = slotsOf({ 寄件权证专员: '万慧', 权证专员电话: '18326270713', 收件客户: '卢梓雨', 收件客户电话: '18032732289', 证件寄送地址: '辽宁省沈阳市苏家屯区林盛街道锦绣小区22栋3单元602室' });
    expect(joined.map((x) => [x.role, x.keys]).sort()).toEqual([['receiver', [hash('cn_mobile', '18032732289')]], ['sender', [hash('cn_mobile', '18326270713')]]]);
    // The receiver's phone shares only the type's word (手机) with it; the sender's columns share 教务.
    expect(slotsOf({ 寄件人训练营教务: '孙萍', 教务老师手机: '13401235949', 收件人营员家长: '贺艳敏', 家长手机收件: '15665950274' }).map((x) => x.role).sort()).toEqual(['receiver', 'sender']);
    // The sender has a phone of its own: the orderer's phone is a third person's.
    expect(slotsOf({ 寄件人: '张伟', 寄件人电话: '13812345678', 收件人: '李娜', 收件人电话: '13987654321', 下单人手机: '13700001111' })).toHaveLength(3);
    // Its column shares no more with one party than with the other (电话): a person of its own.
    expect(slotsOf({ 寄件人: '张伟', 寄件地址: '北京市朝阳区建国路88号', 收件人: '李娜', 收件人电话: '13987654321', 联系电话: '13700001111' })).toHaveLength(3);
  });
  it('keeps roles apart only beside a counterpart: a buyer with a delivery address and a bound e-mail is one person', () => {
    const s = slotsOf({ buyerName: '罗军', buyerTelephone: '17064446644', 默认收货地址: '河北省唐山市遵化市堡子店镇和平小区7栋3单元1004室', 会员绑定邮箱: 'luojun88@163.com' });
    expect(s).toHaveLength(1);
    expect(s[0].keys).toContain(hash('email', 'luojun88@163.com'));
    expect(s[0].keys).toContain(hash('cn_mobile', '17064446644'));
  });
  it("makes one person of a name, an address and a landline under a buyer's and a receiver's words, which are not each other's counterparts", () => {
    const s = slotsOf({ 固定电话: '0759 25715390', 默认收货地址: '吉林省吉林市永吉县口前镇锦绣小区98号', buyerName: '姚志国' });
    expect(s).toHaveLength(1);
  });
  it('does not make a person of a shop: a company name and a hotline are not personal', () => {
    const s = slotsOf({ 寄件人: '优品生活旗舰店', 寄件人电话: '400-820-1234', 寄件地址: '浙江省杭州市余杭区电商园1号', 收件人: '李娜', 收件人电话: '13987654321' });
    expect(s.map((x) => x.role)).toEqual(['receiver']);
  });
  it('makes a person of a name with an address, keyed by both', () => {
    const a = slotsOf({ 姓名: '张伟', 地址: '北京市朝阳区建国路88号' });
    const b = slotsOf({ 姓名: '张伟', 地址: '北京市朝阳区建国路88号' });
    const c = slotsOf({ 姓名: '张伟', 地址: '上海市浦东新区世纪大道1号' });
    expect(a).toHaveLength(1);
    expect(a[0].keys).toEqual(b[0].keys);
    expect(a[0].keys).not.toEqual(c[0].keys);
  });
  it('does not make a person of a name alone, an address alone, or unverified identifiers', () => {
    expect(slotsOf({ 姓名: '张伟' })).toEqual([]);
    expect(slotsOf({ 地址: '北京市朝阳区建国路88号' })).toEqual([]);
    expect(slotsOf({ 身份证号: '36042619910102009X', 手机: '14012345678' })).toEqual([]);
  });
  it('links every strong identifier of one person', () => {
    const [s] = slotsOf({ 姓名: '张伟', 身份证号: '11010519491231002X', 手机号: '138 1234 5678', 邮箱: 'zw@example.com' });
    expect(s.keys).toHaveLength(3);
    expect(s.keys).toContain(hash('cn_mobile', '13812345678'));
  });
});

describe('keyed hasher', () => {
  const hmac = (type: string, value: string): string => createHmac('sha256', 'k').update(`${type}\0${value}`).digest('hex').slice(0, 16);
  it('hashes type and value together, the same when it remembers them', () => {
    for (let i = 0; i < 2; i++) {
      expect(hash('cn_mobile', '13812345678')).toBe(hmac('cn_mobile', '13812345678'));
      expect(hash('cn_landline', '13812345678')).toBe(hmac('cn_landline', '13812345678'));
    }
    expect(hash('cn_mobile', '13812345678')).not.toBe(hash('cn_landline', '13812345678'));
  });
});

describe('person index', () => {
  it('links chains of shared identifiers into one person, whatever the order', () => {
    const counts = (order: [string, string][]) => {
      const ix = new PersonIndex(4);
      for (const [a, b] of order) {
        const root = ix.union(ix.node(a), ix.node(b));
        ix.mark(root, 0);
      }
      return { ...ix.count(), key: ix.personKey(ix.node('0000000000000003')) };
    };
    const pairs: [string, string][] = [['0000000000000003', '00000000000000ff'], ['00000000000000ff', 'ffffffff00000001'], ['1000000000000000', '2000000000000000']];
    const forward = counts(pairs);
    const backward = counts([...pairs].reverse().map(([a, b]) => [b, a]));
    expect(forward.persons).toBe(2);
    expect(forward).toEqual(backward);
    expect(forward.key).toBe('0000000000000003');
  });
  it('grows past its initial capacity without losing nodes', () => {
    const ix = new PersonIndex(2);
    const keys = Array.from({ length: 10000 }, (_, i) => hash('t', String(i)));
    const nodes = keys.map((k) => ix.node(k));
    expect(keys.map((k) => ix.node(k))).toEqual(nodes);
    expect(ix.nodes).toBe(10000);
    for (let i = 0; i < 10000; i += 2) ix.mark(ix.union(nodes[i], nodes[i + 1]), i % 9);
    expect(ix.count().persons).toBe(5000);
  });
  it('counts items per category from the marks of merged persons', () => {
    const ix = new PersonIndex();
    const a = ix.node('00000000000000aa');
    const b = ix.node('00000000000000bb');
    ix.mark(a, 6);
    ix.mark(b, 6);
    ix.mark(b, 7);
    expect(ix.count().items.slice(6, 8)).toEqual([2, 1]);
    ix.union(a, b);
    expect(ix.count()).toMatchObject({ persons: 1, items: [0, 0, 0, 0, 0, 0, 1, 1, 0] });
  });
});
