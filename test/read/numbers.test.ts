// Identifiers kept as numbers: full digits, and lost digits flagged.
import { describe, expect, it } from 'vitest';
import { numberText, scientificText } from '../../src/read/numbers.js';
import { detector } from '../helpers.js';
import { readAll, tempDir } from './readHelpers.js';

const file = tempDir();

describe('numbers as identifiers', () => {
  it('writes integers as their full digit string, never in E-notation', () => {
    expect(numberText(13812345678)).toEqual({ value: '13812345678', damaged: false });
    expect(numberText(6222021234567890)).toEqual({ value: '6222021234567890', damaged: true });
    expect(numberText(12.5)).toEqual({ value: '12.5', damaged: false });
  });

  it('expands E-notation text, damaged unless the mantissa has every digit', () => {
    expect(scientificText('1.38123E+10')).toEqual({ value: '13812300000', damaged: true });
    expect(scientificText(' 1.3812345678E+10 ')).toEqual({ value: '13812345678', damaged: false });
    expect(scientificText('3.60426E+17')).toEqual({ value: '360426000000000000', damaged: true });
  });

  it('leaves other text alone: amounts, fractions, words', () => {
    for (const text of ['1.5E+3', '1.2345E+2', 'E+10', '1.38E+1a', 'abc1.3E+10', '1.3E-10', '2E+123']) {
      expect(scientificText(text)).toEqual({ value: text, damaged: false });
    }
  });

  it('counts what a damaged field matches as unverified, never as an item', () => {
    const found = detector().detect({ sheet: null, index: 1, fields: [{ name: '手机号', value: '13812300000', damaged: true }] });
    expect(found.map((f) => [f.entity.spec.id, f.verified])).toEqual([['cn_mobile', false]]);
  });

  it('flags E-notation in CSV fields too (a CSV saved from Excel)', async () => {
    const { records } = await readAll(file('saved.csv', '姓名,手机号\n张伟,1.38123E+10\n王芳,13912345678\n'));
    expect(records.map((r) => r.fields[1])).toEqual([
      { name: '手机号', value: '13812300000', damaged: true },
      { name: '手机号', value: '13912345678' },
    ]);
  });
});
