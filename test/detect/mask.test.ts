import { describe, expect, it } from 'vitest';
import { mask } from '../../src/detect/mask.js';

describe('mask', () => {
  it('masks as REPORT.md shows', () => {
    expect(mask('110105194912310021', { keepStart: 6, keepEnd: 4 })).toBe('110105********0021');
    expect(mask('13812345678', { keepStart: 3, keepEnd: 4 })).toBe('138****5678');
    expect(mask('zhangwei@example.com', 'email')).toBe('z***@example.com');
  });
  it('hides at least a third of a short value whatever the spec says', () => {
    expect(mask('张伟', { keepStart: 1, keepEnd: 0 })).toBe('张*');
    expect(mask('1234', { keepStart: 6, keepEnd: 4 })).toBe('12**');
    expect(mask('x', { keepStart: 1, keepEnd: 1 })).toBe('*');
  });
});
