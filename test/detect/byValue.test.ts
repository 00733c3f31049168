// Names and addresses found by their value (detect/byValue.ts) and the column-name forms
// that let a system's or a Taiwan export's spelling reach a known hint (detect/headers.ts).
import { describe, expect, it } from 'vitest';
import { expandedHeader, headerVariants, normaliseHeader } from '../../src/detect/headers.js';
import { isAddressByShape } from '../../src/detect/validators/address.js';
import { isNameByShape } from '../../src/detect/validators/names.js';
import type { DataRecord } from '../../src/types.js';
import { detector } from '../helpers.js';

const d = detector();
const row = (cells: Record<string, string>): DataRecord => ({ sheet: null, index: 1, fields: Object.entries(cells).map(([name, value]) => ({ name, value })) });
const namesIn = (cells: Record<string, string>): { value: string; confidence: number }[] =>
  d.detect(row(cells)).filter((f) => f.verified && f.entity.spec.id === 'person_name').map((f) => ({ value: f.normalised, confidence: f.confidence }));

describe('isNameByShape', () => {
  it.each(['王建国', '李娜', '欧阳娜娜', '司马文博', 'Maria Garcia'])('%s is a name by its shape', (v) => {
    expect(isNameByShape(v)).toBe(true);
  });
  it.each([
    ['张家口', 'a city (口 is no given-name character)'],
    ['高安', 'a county-level city written without 市'],
    ['文山', 'a prefecture written without 州'],
    ['高血压', 'a diagnosis'],
    ['谢谢', 'a phrase'],
    ['王小明同学', 'too long'],
    ['李', 'a surname alone'],
    ['Apple watch', 'not two capitalised words'],
  ])('%s is not (%s)', (v) => {
    expect(isNameByShape(v)).toBe(false);
  });
});

describe('names in columns no hint claims', () => {
  it('takes a name-shaped value when the record carries a linking identifier, below a named column', () => {
    expect(namesIn({ COL1: '王建国', COL2: '13812345678' })).toEqual([{ value: '王建国', confidence: 0.6 }]);
    expect(namesIn({ 姓名: '王建国', COL2: '13812345678' })[0]?.confidence).toBeGreaterThan(0.6);
  });
  it('needs the linking identifier: a landline or a name alone is not enough', () => {
    expect(namesIn({ COL1: '王建国' })).toEqual([]);
    expect(namesIn({ COL1: '王建国', COL2: '010-62345678' })).toEqual([]);
    // A mobile that is not allocated (140…) is not a verified identifier.
    expect(namesIn({ COL1: '王建国', COL2: '14012345678' })).toEqual([]);
  });
  it('leaves columns whose name says they hold things, or that a hint claims for another type', () => {
    expect(namesIn({ PROD_NM: '李宁', SHOP_NM: '周大福', 商品: '王老吉', MOBILE: '13812345678' })).toEqual([]);
    expect(namesIn({ 品名: '李宁', MOBILE: '13812345678' })).toEqual([]);
    // An accessory or gift, and anything a column calls a 名称 (the name of a thing): 鲁花 is an oil.
    expect(namesIn({ '精品/配件名称': '鲁花', 礼品: '李宁', 会场名称: '周大福', 售票代理点: '周大福', 所属院区: '周大福', MOBILE: '13812345678' })).toEqual([]);
    // … unless the 名称 is a person's: a visitor's, a member's.
    expect(namesIn({ 访客名称: '夏强婷', 会员名称: '陈静', MOBILE: '13812345678' }).map((f) => f.value)).toEqual(['夏强婷', '陈静']);
    expect(namesIn({ 地址: '王家', MOBILE: '13812345678' })).toEqual([]);
  });
  it('leaves places written without their suffix', () => {
    expect(namesIn({ CITY: '张家口', TO: '石家庄', MOBILE: '13812345678' })).toEqual([]);
  });
});

describe('values of key/value pairs in free text, read like columns', () => {
  const line = (value: string): DataRecord => ({ sheet: null, index: 1, fields: [{ name: null, value }] });
  const names = (value: string): string[] => d.detect(line(value)).filter((f) => f.verified && f.entity.spec.id === 'person_name').map((f) => f.normalised);
  it('takes a name-shaped value under a key no hint claims, beside a linking identifier', () => {
    expect(names('recv ["chat:message",{"from":{"nick":"白国","mobile":"19859988616"},"content":"晚上一起吃饭吗"}]')).toEqual(['白国']);
  });
  it('not without the identifier, nor under a key that says it holds things', () => {
    expect(names('recv ["chat:message",{"from":{"nick":"白国"},"content":"晚上一起吃饭吗"}]')).toEqual([]);
    expect(names('{"product":"李宁","mobile":"19859988616"}')).toEqual([]);
  });
});

describe('addresses in columns no hint claims', () => {
  const addressesIn = (cells: Record<string, string>): string[] => d.detect(row(cells)).filter((f) => f.verified && f.entity.spec.id === 'address').map((f) => f.normalised);
  it('takes a value that begins with a division and goes on to a street or building, with or without a person beside it', () => {
    expect(addressesIn({ COL1: '浙江省杭州市西湖区文三路幸福小区3栋2单元1202室' })).toEqual(['浙江省杭州市西湖区文三路幸福小区3栋2单元1202室']);
    expect(addressesIn({ COL1: '广州市天河区体育西路101号', COL2: '13812345678' })).toHaveLength(1);
  });
  it.each([
    ['北京市朝阳区', 'a district, no street or building'],
    ['杭州华信科技有限公司', 'a company named after its city'],
    ['幸福小区3栋', 'no division first'],
  ])('leaves %s (%s)', (value) => {
    expect(isAddressByShape(value)).toBe(false);
    expect(addressesIn({ COL1: value })).toEqual([]);
  });
});

describe('identifiers that need context, in columns no hint claims', () => {
  const typesIn = (cells: Record<string, string>): string[] => d.detect(row(cells)).filter((f) => f.verified).map((f) => f.entity.spec.id);
  it('takes a whole value of the shape when the record carries a linking identifier: the record is the context', () => {
    expect(typesIn({ COL1: 'E12345678', COL2: '13812345678' })).toContain('cn_passport');
    expect(typesIn({ COL1: 'C12345678', COL2: '13812345678' })).toContain('travel_permit');
    expect(typesIn({ COL1: '6222021234567890128', COL2: '13812345678' })).toContain('bank_card');
    expect(typesIn({ COL1: '860123456789014', COL2: '13812345678' })).toContain('device_id');
  });
  it('not without one, nor under a column of codes or orders, nor an all-digit permit shape (a yyyymmdd date)', () => {
    expect(typesIn({ COL1: 'E12345678' })).not.toContain('cn_passport');
    expect(typesIn({ SKU: 'G12345678', COL2: '13812345678' })).not.toContain('cn_passport');
    expect(typesIn({ 订单编号: '6222021234567890128', COL2: '13812345678' })).not.toContain('bank_card');
    expect(typesIn({ COL1: '19660223', COL2: '13812345678' })).not.toContain('travel_permit');
    expect(typesIn({ COL1: '订单 6222021234567890128', COL2: '13812345678' })).not.toContain('bank_card');
    // A person word closing a name's notes says whose the order is: still an order number's column.
    expect(typesIn({ 'VIP订单号(付费会员)': '6222021234567890128', COL2: '13812345678' })).not.toContain('bank_card');
  });
});

describe('column-name forms', () => {
  it('folds traditional characters to simplified ones', () => {
    expect(normaliseHeader('收貨人電話')).toBe('收货人电话');
    expect(normaliseHeader('身分證字號')).toBe('身分证字号');
  });
  it('writes out the abbreviated words of a system column name, last among the forms', () => {
    expect(expandedHeader('CUST_NM')).toBe('customername');
    expect(expandedHeader('recvAddr')).toBe('receiveraddress');
    expect(expandedHeader('姓名')).toBeUndefined();
    // A name that says itself in Han characters is not guessed at: yq here is 院区, not 逾期.
    expect(expandedHeader('yq_city(院区城市)')).toBeUndefined();
    // An English abbreviation is no guess: read in such a name too, in its head, not its notes.
    expect(expandedHeader('wallet_bal(回收钱包,元)')).toBe('walletbalance');
    expect(headerVariants('ACCT_NO').at(-1)).toBe('accountno');
    // A word that says a value's form or age is left out: a raw password is a password.
    expect(expandedHeader('password_raw(老站迁移)')).toBe('password');
    expect(expandedHeader('mobile_old')).toBe('mobile');
    expect(expandedHeader('password_hint')).toBeUndefined();
  });
  it('reads a column name by its head before its notes: 出生日期(按身份证) is a birth date', () => {
    expect(headerVariants('出生日期(按身份证)')[0]).toBe('出生日期');
    expect(d.detect(row({ '出生日期(按身份证)': '1982/7/22', MOBILE: '13812345678' })).filter((f) => f.verified).map((f) => f.entity.spec.id)).toContain('birth_date');
  });
  it('writes out the ending of a word of pinyin initials, and only of such a word', () => {
    expect(expandedHeader('CZKYE')).toBe('czkbalance');
    expect(expandedHeader('FKJE')).toBe('fkamount');
    expect(expandedHeader('cust_SJDZ')).toBe('customersjaddress');
    // A vowel, or fewer than two initials before the ending, is no word of initials.
    expect(expandedHeader('goodbye')).toBeUndefined();
    expect(expandedHeader('bye')).toBeUndefined();
    expect(expandedHeader('order_je')).toBeUndefined();
    // Notes in Han do not stop an ending from being read, as they stop a guess at a whole word.
    expect(expandedHeader('yhmm(明文)')).toBe('yhpassword');
    expect(expandedHeader('yq_city(院区城市)')).toBeUndefined();
  });
  it('finds what those forms name', () => {
    const types = (cells: Record<string, string>): string[] => d.detect(row(cells)).filter((f) => f.verified).map((f) => f.entity.spec.id);
    expect(types({ ACCT_NO: '6222021234567890128' })).toContain('bank_card');
    expect(types({ PSPT_NO: 'E12345678' })).toContain('cn_passport');
    expect(types({ 收貨人: '陈静' })).toContain('person_name');
    expect(types({ 'password_raw(老站迁移)': 'Ab158751', 'username(老站)': 'user181948' })).toContain('credential');
    // A guessed "not a name" (FROM_USER_NM → fromusername, an account name) does not hide a name.
    expect(namesIn({ FROM_USER_NM: '陈静', MOBILE: '13812345678' }).map((f) => f.value)).toEqual(['陈静']);
    // A column ending in 人, 员, 者, 客 or 师 names a person, in its head; a note's does not make a column a name's.
    expect(types({ 寄件门店员: '武辉' })).toContain('person_name');
    expect(types({ '入住求职者(青年驿站)': '赵凯伟' })).toContain('person_name');
    expect(types({ 'VIP订单号(付费会员)': '武辉' })).not.toContain('person_name');
  });
});
