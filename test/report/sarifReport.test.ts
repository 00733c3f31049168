import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { renderReport } from '../../src/report/render.js';
import { renderSarif, SARIF_SCHEMA } from '../../src/report/sarifReport.js';
import { fixtureReport } from './reportFixture.js';
import { rawValues, scanReport, writeSampleTree, type Person } from './sampleScan.js';

/** The fields SARIF 2.1.0 requires (and code hosts read), checked on the serialised log. */
function checkSarifShape(log: Sarif.Log): void {
  expect(log.$schema).toBe(SARIF_SCHEMA);
  expect(log.version).toBe('2.1.0');
  expect(Array.isArray(log.runs) && log.runs.length).toBe(1);
  for (const run of log.runs) {
    expect(run.tool.driver.name).toBe('piscan');
    const rules = run.tool.driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) expect(rule.shortDescription?.text).toBeTruthy();
    for (const result of run.results ?? []) {
      expect(ids).toContain(result.ruleId);
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
      expect(result.message.text).toBeTruthy();
      expect(['none', 'note', 'warning', 'error']).toContain(result.level);
      expect(result.locations!.length).toBeGreaterThan(0);
      const uri = result.locations![0].physicalLocation!.artifactLocation!.uri!;
      expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]+$/);
    }
  }
}

describe('SARIF report', () => {
  it('has the required structure: one rule per category, one result per file and category', () => {
    const log = JSON.parse(renderReport(fixtureReport(), 'sarif', { lang: 'en' })) as Sarif.Log;
    checkSarifShape(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(fixtureReport().categories.map((c) => c.id));
    const results = run.results!;
    expect(results.map((r) => [r.ruleId, r.locations![0].physicalLocation!.artifactLocation!.uri, r.properties!.items])).toEqual([
      ['track', 'gps/%E8%BD%A8%E8%BF%B9%202026.csv', 75],
      ['health', 'clinic/a%2C%22b%22.csv', 12],
      ['general', 'clinic/a%2C%22b%22.csv', 4],
      ['general', 'line%0Abreak.csv', 1],
      ['general', 'dump.zip!inner/%3Cscript%3E.txt', 295],
    ]);
    expect(results[0].message.text).toContain('75 track items');
    expect(run.invocations![0].toolExecutionNotifications!.map((n) => n.locations![0].physicalLocation!.artifactLocation!.uri)).toEqual([
      'dump.zip!inner/%3Cscript%3E.txt',
      'logo%231.png',
    ]);
  });

  it('maps the level of the whole assessment: none → note, serious → warning, especially serious → error', () => {
    const levelOf = (l: 'none' | 'serious' | 'especially_serious'): string[] => renderSarif(fixtureReport(l)).runs[0].results!.map((r) => r.level!);
    expect(new Set(levelOf('none'))).toEqual(new Set(['note']));
    expect(new Set(levelOf('serious'))).toEqual(new Set(['warning']));
    expect(new Set(levelOf('especially_serious'))).toEqual(new Set(['error']));
  });

  it('gives the same fingerprint to the same file and category in the next run', () => {
    const a = renderSarif(fixtureReport()).runs[0].results!;
    const later = fixtureReport('especially_serious');
    later.files[0].items.track = 900;
    const b = renderSarif(later).runs[0].results!;
    expect(b[0].partialFingerprints).toEqual(a[0].partialFingerprints);
    expect(a[1].partialFingerprints).not.toEqual(a[2].partialFingerprints);
  });

  describe('of a real scan', () => {
    let root: string;
    let people: Person[];
    let text: string;
    beforeAll(async () => {
      ({ root, people } = writeSampleTree());
      text = renderReport(await scanReport(root), 'sarif', { lang: 'en' });
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is valid and carries counts, never a raw identifier', () => {
      checkSarifShape(JSON.parse(text) as Sarif.Log);
      for (const raw of rawValues(people)) expect(text).not.toContain(raw);
      expect(text).toContain('"uri":"gps/track.csv"');
    });
  });
});
