import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { withoutCaptures } from '../../src/detect/catalogue.js';

describe('withoutCaptures', () => {
  it.each([
    ['(a)(b)', '(?:a)(?:b)'],
    ['(?:a)(?P<n>b)', '(?:a)(?:b)'],
    ['\\(a\\)', '\\(a\\)'],
    ['[(]x[^)(]', '[(]x[^)(]'],
    ['[]()]', '[]()]'],
    ['(?i)(a|(b))', '(?i)(?:a|(?:b))'],
  ])('%s → %s', (source, expected) => {
    expect(withoutCaptures(source)).toBe(expected);
  });
  it('matches what the original matches, with no groups', () => {
    const label = '(?:姓名|收件人)[:：]\\s*(\\p{Han}{2,4})(?:[^\\p{Han}]|$)';
    const m = new RE2(withoutCaptures(label), 'u').exec('收件人：王芳，电话');
    expect(m?.[0]).toBe('收件人：王芳，');
    expect(m?.length).toBe(1);
  });
});
