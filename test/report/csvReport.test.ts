import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, renderCategoriesCsv, renderFilesCsv } from '../../src/report/csvReport.js';
import { fixtureReport } from './reportFixture.js';

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const { data, errors } = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

describe('csvField (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('行踪轨迹信息')).toBe('行踪轨迹信息');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField(-2)).toBe('-2');
  });
});

describe('categories CSV', () => {
  it('is UTF-8 with a BOM, CRLF, one row per category in LEGAL.md order with every level line', () => {
    const csv = renderCategoriesCsv(fixtureReport());
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parse(csv);
    expect(rows[0]).toEqual(['category', 'name', 'tier', 'records', 'items', 'tier_items', 'serious_at', 'especially_serious_at', 'ratio']);
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual(['track', '行踪轨迹信息', 'A', '150', '75', '75', '50', '500', '1.5']);
    expect(rows[7]).toEqual(['health', '健康生理信息', 'B', '24', '12', '12', '500', '5000', '0.024']);
  });
});

describe('files CSV', () => {
  it('round-trips awkward paths and lists skipped files with their reason', () => {
    const rows = parse(renderFilesCsv(fixtureReport()));
    const head = rows[0];
    const col = (row: string[], name: string): string => row[head.indexOf(name)];
    const paths = rows.slice(1).map((r) => col(r, 'path'));
    expect(paths).toEqual(['gps/轨迹 2026.csv', 'clinic/a,"b".csv', 'line\nbreak.csv', "'=cmd|calc.csv", 'dump.zip!inner/<script>.txt', 'logo#1.png']);
    const clinic = rows[2];
    expect([col(clinic, 'status'), col(clinic, 'items'), col(clinic, 'items_health'), col(clinic, 'items_general'), col(clinic, 'encoding')]).toEqual(['scanned', '16', '12', '4', 'gb18030']);
    expect([col(rows[5], 'status'), col(rows[5], 'reason')]).toEqual(['error', 'line 301 is longer than 16777216 characters']);
    expect([col(rows[6], 'status'), col(rows[6], 'items'), col(rows[6], 'reason')]).toEqual(['skipped', '', 'unsupported format: PNG image']);
  });
});
