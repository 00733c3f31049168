// The HTML report as a person sees it: rendered by headless Chromium (Debian's package), with
// its charts measured on the screenshot. Skips only on a developer machine without Chromium;
// in CI (env CI set) a missing browser fails, because .ci/run installs it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/htmlReport.js';
import { earlierRun } from './reportFixture.js';
import { generateSamples } from '../../samples/generate.js';
import { scanReport } from './sampleScan.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const present = existsSync(CHROMIUM);

if (!present && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing in CI: .ci/run must install the Debian package chromium before the tests`);
}
if (!present) console.warn(`skipping the HTML browser test: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** Chart pixels that are not background: drawn with colour (bars, lines), not just grey text. */
async function colouredPixels(page: Page, png: Buffer): Promise<{ total: number; coloured: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    }
    return { total: img.width * img.height, coloured };
  }, png.toString('base64'));
}

describe.skipIf(!present)('HTML report in Chromium', () => {
  let dir: string;
  let barsExpected: number;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'piscan-browser-'));
    // The README's sample tree: every category a real export has, several folders.
    await generateSamples(join(dir, 'data'));
    const report = await scanReport(join(dir, 'data'));
    const tiers = new Set(report.categories.filter((c) => c.items > 0).map((c) => c.tier));
    barsExpected = report.categories.filter((c) => c.items > 0).length + tiers.size;
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(report, { lang: 'zh', history: [earlierRun(report, '2026-11-20T02:00:00.000Z', 12), earlierRun(report, '2026-11-21T02:00:00.000Z', 40)] }));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1040, height: 900 } });
    page = await context.newPage();
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) external.push(req.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(external).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the charts: non-empty boxes, one bar per category with items, coloured pixels', async () => {
    const screenshot = join(tmpdir(), 'piscan-html-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`screenshot of the HTML report: ${screenshot}`);

    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('svg.chart')].map((svg) => {
        const r = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('rect.bar, polyline.series')].map((el) => (el as SVGGraphicsElement).getBBox());
        return { width: r.width, height: r.height, marks: bars.filter((b) => b.width > 0 || b.height > 0).length };
      }),
    );
    // One bar per category and per tier with items; four trend lines (tiers A, B, C, combined).
    expect(boxes).toHaveLength(2);
    for (const b of boxes) expect(b.width * b.height).toBeGreaterThan(10_000);
    expect(barsExpected).toBeGreaterThan(4);
    expect(boxes.map((b) => b.marks)).toEqual([barsExpected, 4]);

    // Measured: bars ≈ 5.7 % of their chart, trend lines ≈ 2.8 %; the dashed level lines and
    // labels alone stay under 1 %, so these floors fail when the marks are not painted.
    const floors = [0.03, 0.015];
    const charts = await page.locator('svg.chart').all();
    for (const [i, chart] of charts.entries()) {
      const { total, coloured } = await colouredPixels(page, await chart.screenshot());
      expect(coloured / total).toBeGreaterThan(floors[i]);
    }
  });

  it('lays the page out readably: no element wider than the window', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('#level .big').textContent()).resolves.toBe('情节严重');
  });
});
