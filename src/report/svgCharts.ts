// Inline SVG charts for the HTML report: plain markup with presentation attributes, so the
// page needs no script, no library and no network, and a chart survives being copied out.
import { escapeHtml } from './htmlEscape.js';
import { displayWidth } from './textWidth.js';

export interface Line {
  label: string;
  at: number;
}

export interface Bar {
  label: string;
  /** Shown at the end of the bar, e.g. "75 / 50". */
  note: string;
  value: number;
}

export interface Series {
  label: string;
  values: number[];
  dashed?: boolean;
}

const COLOURS = { below: '#4c78a8', serious: '#e45756', especially: '#9d2235', axis: '#666', grid: '#ddd', text: '#222' };
const SERIES_COLOURS = ['#4c78a8', '#f58518', '#54a24b', '#222222'];
const FONT = 'font-size="12" font-family="inherit"';

/**
 * Horizontal bars on a logarithmic axis of multiples of a threshold, with a vertical line per
 * level: items spread over five orders of magnitude, and what matters is the distance to a line.
 */
export function thresholdBars(bars: Bar[], lines: Line[], title: string): string {
  // Wide enough for the longest label (≈ 6.5 px per terminal column at 12 px).
  const labelW = Math.ceil(Math.max(120, ...bars.map((b) => displayWidth(b.label) * 6.5 + 16)));
  const noteW = 110;
  const plotW = 460;
  const rowH = 26;
  const top = 28;
  const width = labelW + plotW + noteW;
  const height = top + bars.length * rowH + 24;
  const lo = 1e-3;
  const peak = Math.max(...bars.map((b) => b.value), ...lines.map((l) => l.at * 2), 1);
  const hi = 10 ** Math.ceil(Math.log10(peak));
  const x = (v: number): number => labelW + (plotW * (Math.log10(Math.max(v, lo)) - Math.log10(lo))) / (Math.log10(hi) - Math.log10(lo));
  const highest = Math.max(...lines.map((l) => l.at));
  const parts: string[] = [];
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    parts.push(`<line x1="${f(x(d))}" y1="${top - 4}" x2="${f(x(d))}" y2="${height - 20}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text x="${f(x(d))}" y="${height - 6}" text-anchor="middle" fill="${COLOURS.axis}" ${FONT}>${multiple(d)}</text>`);
  }
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const colour = b.value >= highest ? COLOURS.especially : b.value >= 1 ? COLOURS.serious : COLOURS.below;
    // A bar below the axis' start still shows as a sliver: a few items are not no items.
    const w = b.value > 0 ? Math.max(x(b.value) - labelW, 3) : 0;
    parts.push(`<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="${COLOURS.text}" ${FONT}>${escapeHtml(b.label)}</text>`);
    if (w > 0) parts.push(`<rect class="bar" x="${labelW}" y="${y + 5}" width="${f(w)}" height="${rowH - 10}" fill="${colour}"/>`);
    parts.push(`<text x="${labelW + plotW + 6}" y="${y + rowH / 2 + 4}" fill="${COLOURS.text}" ${FONT}>${escapeHtml(b.note)}</text>`);
  });
  for (const l of lines) {
    const colour = l.at >= highest ? COLOURS.especially : COLOURS.serious;
    parts.push(`<line class="level" x1="${f(x(l.at))}" y1="${top - 6}" x2="${f(x(l.at))}" y2="${height - 20}" stroke="${colour}" stroke-width="2" stroke-dasharray="6 3"/>`);
    parts.push(`<text x="${f(x(l.at))}" y="${top - 10}" text-anchor="middle" fill="${colour}" ${FONT} font-weight="bold">${escapeHtml(l.label)}</text>`);
  }
  return svg(width, height, title, parts);
}

/** One line per series over runs evenly spaced in time order, with a dashed line per level. */
export function trendLines(runs: string[], series: Series[], lines: Line[], title: string): string {
  const left = 56;
  const right = 150;
  const plotW = 560;
  const top = 16;
  const plotH = 220;
  const width = left + plotW + right;
  const height = top + plotH + 56;
  const peak = Math.max(...series.flatMap((s) => s.values), 1) * 1.15;
  const shown = lines.filter((l) => l.at <= peak);
  const x = (i: number): number => left + (runs.length === 1 ? plotW / 2 : (plotW * i) / (runs.length - 1));
  const y = (v: number): number => top + plotH - (plotH * v) / peak;
  const parts: string[] = [];
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="${COLOURS.axis}"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="${COLOURS.axis}"/>`);
  for (const tick of niceTicks(peak)) {
    parts.push(`<text x="${left - 6}" y="${f(y(tick) + 4)}" text-anchor="end" fill="${COLOURS.axis}" ${FONT}>${multiple(tick)}</text>`);
  }
  for (const l of shown) {
    const colour = l === shown[shown.length - 1] && shown.length > 1 ? COLOURS.especially : COLOURS.serious;
    parts.push(`<line class="level" x1="${left}" y1="${f(y(l.at))}" x2="${left + plotW}" y2="${f(y(l.at))}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="6 3"/>`);
    parts.push(`<text x="${left + plotW + 6}" y="${f(y(l.at) + 4)}" fill="${colour}" ${FONT}>${escapeHtml(l.label)}</text>`);
  }
  const step = Math.ceil(runs.length / 8);
  runs.forEach((run, i) => {
    if (i % step === 0 || i === runs.length - 1) {
      parts.push(`<text x="${f(x(i))}" y="${top + plotH + 18}" text-anchor="middle" fill="${COLOURS.axis}" ${FONT}>${escapeHtml(run)}</text>`);
    }
  });
  series.forEach((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
    const points = s.values.map((v, i) => `${f(x(i))},${f(y(v))}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="2 3"' : '';
    parts.push(`<polyline class="series" points="${points}" fill="none" stroke="${colour}" stroke-width="2.5"${dash}/>`);
    for (const [i, v] of s.values.entries()) parts.push(`<circle cx="${f(x(i))}" cy="${f(y(v))}" r="3.5" fill="${colour}"/>`);
    // The legend sits under the axis, where no data or level label can run into it.
    const lx = left + k * 110;
    const ly = top + plotH + 44;
    parts.push(`<rect x="${lx}" y="${ly - 6}" width="14" height="4" fill="${colour}"/>`);
    parts.push(`<text x="${lx + 20}" y="${ly}" fill="${COLOURS.text}" ${FONT}>${escapeHtml(s.label)}</text>`);
  });
  return svg(width, height, title, parts);
}

function svg(width: number, height: number, title: string, parts: string[]): string {
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

function niceTicks(peak: number): number[] {
  const raw = peak / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t <= peak; t += step) ticks.push(Number(t.toPrecision(6)));
  return ticks;
}

function multiple(v: number): string {
  return `${Number(v.toPrecision(3))}×`;
}

function f(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
