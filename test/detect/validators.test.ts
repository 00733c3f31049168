// Validators against published vectors (test/fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBankCard } from '../../src/detect/validators/bankCard.js';
import { isCalendarDate } from '../../src/detect/validators/calendarDate.js';
import { gb11643CheckChar, isResidentId } from '../../src/detect/validators/gb11643.js';
import { gb32100CheckChar, isUnifiedSocialCreditCode } from '../../src/detect/validators/gb32100.js';
import { luhn } from '../../src/detect/validators/luhn.js';
import { isAllocatedMobile } from '../../src/detect/validators/phone.js';
import { NOW } from '../helpers.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
const ctx = { now: NOW };

describe('GB 11643 resident identity numbers', () => {
  const { vectors } = fixture<{ vectors: { value: string; expect: string; strictOnly?: boolean; why: string }[] }>('cn_ric.json');
  const settled = vectors.filter((v) => !v.strictOnly);
  it.each(settled.map((v) => [v.value, v.expect, v.why]))('%s is %s (%s)', (value, expected) => {
    expect(isResidentId(value, ctx)).toBe(expected === 'valid');
  });
  it('accepts codes no longer in force, as IDs keep the code they were issued with', () => {
    expect(isResidentId('362324198001010014', ctx)).toBe(true);
  });
  it('computes the MOD 11-2 check character, including X', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
    expect(gb11643CheckChar('36042619910101007')).toBe('1');
  });
  it('rejects birth dates in the future of the scan', () => {
    const id = '11010520261123' + '001';
    expect(isResidentId(id + gb11643CheckChar(id), ctx)).toBe(false);
    expect(isResidentId(id + gb11643CheckChar(id), { now: new Date('2027-01-01') })).toBe(true);
  });
  it('leaves the residence permits of Hong Kong, Macau and Taiwan residents (810000–830000) to themselves', () => {
    expect(isResidentId('820000198308027410', ctx)).toBe(false);
    expect(isResidentId('810000199408230021', ctx)).toBe(false);
    // Its check character fits: it is the region that says what it is.
    expect(gb11643CheckChar('82000019830802741')).toBe('0');
  });
  it('checks the 15-digit form by region and date', () => {
    expect(isResidentId('610104620927690', ctx)).toBe(true);
    expect(isResidentId('610104621327690', ctx)).toBe(false);
    expect(isResidentId('990104620927690', ctx)).toBe(false);
  });
});

describe('calendar dates', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('20000229', ctx)).toBe(true);
    expect(isCalendarDate('19000229', ctx)).toBe(false);
    expect(isCalendarDate('20010229', ctx)).toBe(false);
  });
});

describe('Luhn and bank cards', () => {
  const cards = fixture<{ vectors: { value: string; sourceExpect: string }[]; luhn: { value: string; sourceExpect: string }[] }>('cards.json');
  it.each(cards.luhn.map((v) => [v.value, v.sourceExpect]))('luhn(%s) is %s', (value, expected) => {
    expect(luhn(value)).toBe(expected === 'valid');
  });
  it.each(cards.vectors.map((v) => [v.value, v.sourceExpect]))('UnionPay %s is %s', (value, expected) => {
    expect(isBankCard(value)).toBe(expected === 'valid');
  });
});

describe('GB 32100 unified social credit codes', () => {
  const { vectors } = fixture<{ vectors: string[] }>('cn_uscc.json');
  it('validates all 200 published codes', () => {
    expect(vectors.filter((v) => !isUnifiedSocialCreditCode(v))).toEqual([]);
  });
  it('none of them passes as a resident ID', () => {
    expect(vectors.filter((v) => isResidentId(v, ctx))).toEqual([]);
  });
  it('rejects a changed check character', () => {
    const v = vectors[0];
    const wrong = gb32100CheckChar(v.slice(0, 17)) === '0' ? '1' : '0';
    expect(isUnifiedSocialCreditCode(v.slice(0, 17) + wrong)).toBe(false);
  });
});

describe('mobile segments', () => {
  const { vectors } = fixture<{ vectors: { value: string; kind: string }[] }>('cn_phone.json');
  it.each(vectors.map((v) => [v.value, v.kind]))('%s (%s)', (value, kind) => {
    expect(isAllocatedMobile(value)).toBe(kind === 'mobile');
  });
  it('rejects unallocated segments', () => {
    expect(isAllocatedMobile('14012345678')).toBe(false);
    expect(isAllocatedMobile('12012345678')).toBe(false);
    expect(isAllocatedMobile('19212345678')).toBe(true);
  });
});
