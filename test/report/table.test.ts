import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { displayWidth } from '../../src/report/textWidth.js';
import { fixtureReport } from './reportFixture.js';

describe('table report', () => {
  it('keeps stable English ids by default', () => {
    const text = renderTable(fixtureReport());
    expect(text).toMatch(/^category\s+tier\s+records\s+items\s+threshold\s+ratio$/m);
    expect(text).toMatch(/^track\s+A\s+150\s+75\s+50\s+1\.50$/m);
    expect(text).toContain('level: SERIOUS');
    expect(text).toContain('files with problems (2):');
  });

  it('speaks Chinese with --lang zh, columns aligned by terminal width', () => {
    const text = renderTable(fixtureReport(), 'zh');
    expect(text).toContain('评估结果: 情节严重');
    expect(text).toContain('  · 行踪轨迹信息: 75 条 ≥ 50 (情节严重)');
    expect(text).toContain('仅为测量，不构成法律意见。');
    expect(text).not.toContain('A measurement');
    expect(text).toContain('有问题的文件（2 个）:');
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('类别'));
    const rows = lines.slice(head, head + 11);
    // Every row ends its last column at the same terminal column.
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
    expect(rows[2]).toMatch(/^行踪轨迹信息\s+A\s+150\s+75\s+50\s+1\.50$/);
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('行踪')).toBe(4);
    expect(displayWidth('（2 个）')).toBe(8);
  });
});
