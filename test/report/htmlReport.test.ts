import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Report } from '../../src/report/jsonReport.js';
import { renderHtml } from '../../src/report/htmlReport.js';
import { langFromEnv, MESSAGES } from '../../src/report/messages.js';
import { earlierRun, fixtureReport } from './reportFixture.js';
import { rawValues, scanReport, writeSampleTree, type Person } from './sampleScan.js';

/** Anything that would make a browser fetch: URLs, external resources, scripts. */
function externalReferences(html: string): string[] {
  const patterns = [/https?:\/\//gi, /\/\/[a-z0-9.-]+\.[a-z]{2,}\//gi, /<(script|link|iframe|object|embed|img)\b/gi, /\b(src|href)\s*=/gi, /url\s*\(/gi, /@import/gi, /@font-face/gi];
  return patterns.flatMap((p) => html.match(p) ?? []);
}

describe('HTML report', () => {
  it('is self-contained: no URL, no external resource, a CSP that forbids fetching', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = renderHtml(fixtureReport(), { lang, history: [earlierRun(fixtureReport(), '2026-11-01T08:00:00.000Z', 20)] });
      expect(externalReferences(html)).toEqual([]);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    }
  });

  it('escapes paths and reasons as text', () => {
    const html = renderHtml(fixtureReport(), { lang: 'en' });
    expect(html).toContain('dump.zip!inner/&lt;script&gt;.txt');
    expect(html).not.toContain('<script>');
    expect(html).toContain('clinic/a,&quot;b&quot;.csv');
  });

  it('shows the level, its reasons, persons and a bar with both level lines per category', () => {
    const html = renderHtml(fixtureReport(), { lang: 'zh' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('情节严重');
    // The reasons and the disclaimer in the report's language.
    expect(html).toContain('<li>行踪轨迹信息: 75 条 ≥ 50 (情节严重)</li>');
    expect(html).toContain('<footer><p>仅为测量，不构成法律意见。</p>');
    expect(renderHtml(fixtureReport(), { lang: 'en' })).toContain('<li>track: 75 items ≥ 50 (serious)</li>');
    expect(html).toMatch(/id="persons">310</);
    // track, health, general, and the tiers A, B, C they add up to.
    expect(html.match(/class="bar"/g)).toHaveLength(6);
    expect(html.match(/class="level"/g)).toHaveLength(2);
    for (const id of ['categories', 'trend', 'top', 'problems']) expect(html).toContain(`<section id="${id}">`);
  });

  it('ranks files and folders by items, and lists failed and skipped files', () => {
    const html = renderHtml(fixtureReport(), { lang: 'en' });
    const top = html.slice(html.indexOf('<section id="top">'), html.indexOf('<section id="problems">'));
    const order = ['dump.zip!inner/&lt;script&gt;.txt', 'gps/轨迹 2026.csv', 'clinic/a,&quot;b&quot;.csv', 'line\nbreak.csv'].map((p) => top.indexOf(p));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(top).not.toContain('=cmd|calc.csv');
    expect(top).toMatch(/<td class="path">dump\.zip!inner<\/td><td class="n">1<\/td><td class="n">295<\/td>/);
    const problems = html.slice(html.indexOf('<section id="problems">'));
    expect(problems).toContain('files with problems (2)');
    expect(problems).toContain('logo#1.png</td><td>unsupported format: PNG image');
  });

  it('says there is no history yet, and draws one point per run when there is', () => {
    expect(renderHtml(fixtureReport(), { lang: 'en' })).toContain(MESSAGES.en.noHistory);
    expect(renderHtml(fixtureReport(), { lang: 'zh' })).toContain(MESSAGES.zh.noHistory);
    const r = fixtureReport();
    const html = renderHtml(r, { lang: 'en', history: [earlierRun(r, '2026-11-21T08:00:00.000Z', 60), earlierRun(r, '2026-11-20T08:00:00.000Z', 10)] });
    expect(html).not.toContain(MESSAGES.en.noHistory);
    const series = [...html.matchAll(/<polyline class="series" points="([^"]+)"/g)].map((m) => m[1].split(' '));
    expect(series).toHaveLength(4);
    for (const points of series) expect(points).toHaveLength(3);
    // Runs are drawn in time order: tier A rises 10 → 60 → 75 items, so y falls.
    const tierA = series[0].map((p) => Number(p.split(',')[1]));
    expect(tierA[0]).toBeGreaterThan(tierA[1]);
    expect(tierA[1]).toBeGreaterThan(tierA[2]);
    expect(html.indexOf('2026-11-20')).toBeLessThan(html.indexOf('2026-11-21'));
  });

  describe('of a real scan', () => {
    let root: string;
    let people: Person[];
    let report: Report;
    beforeAll(async () => {
      ({ root, people } = writeSampleTree());
      report = await scanReport(root);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('holds no raw identifier and no external reference, in either language', () => {
      for (const lang of ['zh', 'en'] as const) {
        const html = renderHtml(report, { lang });
        for (const raw of rawValues(people)) expect(html).not.toContain(raw);
        expect(externalReferences(html)).toEqual([]);
        expect(html).toContain('gps/track.csv');
      }
    });
  });
});

describe('language', () => {
  it('is zh under a Chinese locale, else en; LC_ALL overrides LANG', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('has every message in both languages', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    expect(Object.keys(MESSAGES.zh.categories).sort()).toEqual(Object.keys(MESSAGES.en.categories).sort());
  });
});
