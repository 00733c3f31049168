// The HTML report: one self-contained page (inline CSS and SVG, no script, no fonts or images
// fetched — a Content-Security-Policy forbids it) that a data-protection officer can mail or
// archive. It shows the verdict first, then where the items are, then what could not be read.
import { escapeHtml as esc } from './htmlEscape.js';
import { HTML_STYLE } from './htmlStyle.js';
import type { Report } from './jsonReport.js';
import { disclaimerIn, levelLabel, MESSAGES, reasonsIn, type Lang, type Messages } from './messages.js';
import { fileItems, levelsOf, problemsOf, TIERS, tierItems, tierThresholds, topFiles, topFolders } from './summary.js';
import { thresholdBars, trendLines, type Line, type Series } from './svgCharts.js';
import { formatBytes } from './table.js';

export interface HtmlOptions {
  lang: Lang;
  /** Earlier reports of the same scan, any order; the trend chart needs at least one. */
  history?: Report[];
}

const TOP = 10;
const MAX_PROBLEMS = 200;

export function renderHtml(r: Report, opts: HtmlOptions): string {
  const m = MESSAGES[opts.lang];
  const body = [header(r, m), verdict(r, m), categories(r, m), trend(r, opts.history ?? [], m), where(r, m), problems(r, m), notCounted(r, m), footer(r, m, opts.lang)];
  return `<!doctype html>
<html lang="${opts.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.title)} — ${esc(r.scan.roots.join(', '))}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function header(r: Report, m: Messages): string {
  const s = r.scan;
  return `<header><h1>${esc(m.title)}</h1>
<div class="muted">${esc(m.roots)}: ${esc(s.roots.join(', '))} · ${esc(s.finishedAt.slice(0, 16).replace('T', ' '))} UTC · ${esc(m.duration)} ${(s.durationMs / 1000).toFixed(1)} s</div>
<div class="muted">${esc(m.scanned(s.files.scanned, s.files.skipped, s.files.failed))} · ${formatBytes(s.bytes)} · ${esc(m.records(s.records, s.personalRecords))}</div></header>`;
}

function verdict(r: Report, m: Messages): string {
  const levels = levelsOf(r);
  const a = r.assessment;
  const cls = a.level === 'none' ? 'level-none' : a.level === levels[levels.length - 1].id ? 'level-top' : 'level-serious';
  const policy = `${r.policy.name}${r.policy.dutyHolder ? ` (${m.dutyHolder})` : ''}`;
  return `<section class="verdict">
<div class="card ${cls}" id="level"><div class="muted">${esc(m.level)}</div><div class="big">${esc(levelLabel(m, a.level))}</div></div>
<div class="card"><div class="muted">${esc(m.persons)}</div><div class="big" id="persons">${r.persons}</div><div class="hint">${esc(m.personsHint)}</div></div>
<div class="card"><div class="muted">${esc(m.combinedRatio)}</div><div class="big">${a.combinedRatio}</div></div>
</section>
<div><strong>${esc(m.reasons)}</strong> <span class="muted">(${esc(m.policy)}: ${esc(policy)})</span>
<ul class="reasons">${reasonsIn(a, m).map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
}

function levelLines(r: Report, m: Messages): Line[] {
  return levelsOf(r).map((l) => ({ label: levelLabel(m, l.id), at: l.multiplier }));
}

function categories(r: Report, m: Messages): string {
  const levels = levelsOf(r);
  const tiers = tierItems(r);
  const thresholds = tierThresholds(r);
  const bars = r.categories.filter((c) => c.threshold > 0).map((c) => ({ label: `${m.categories[c.id]} (${c.tier})`, note: `${c.items} / ${c.threshold}`, value: c.items / c.threshold }));
  // The items of a tier add up against one threshold: the tier's bar is what the verdict reads.
  for (const t of TIERS) {
    const threshold = thresholds[t];
    if (threshold !== undefined) bars.push({ label: `${m.tierLabel(t)} ${m.combined}`, note: `${tiers[t]} / ${threshold}`, value: tiers[t] / threshold });
  }
  // A persons policy (cross-border) has no per-category thresholds: the table alone, no chart.
  const chart = bars.length > 0 ? thresholdBars(bars, levelLines(r, m), m.chartCategories) : '';
  const rows = r.categories.map((c) => {
    const reached = c.threshold > 0 && tiers[c.tier] >= c.threshold ? ' class="reached"' : '';
    const lines = levels.map((l) => `<td class="n">${c.threshold * l.multiplier}</td>`).join('');
    return `<tr${reached}><td>${esc(m.categories[c.id])} <span class="muted">${c.id}</span></td><td>${c.tier}</td><td class="n">${c.records}</td><td class="n">${c.items}</td><td class="n">${tiers[c.tier]}</td>${lines}<td class="n">${c.ratio.toFixed(2)}</td></tr>`;
  });
  const lineHeads = levels.map((l) => `<th class="n">${esc(levelLabel(m, l.id))}</th>`).join('');
  return `<section id="categories"><h2>${esc(m.chartCategories)}</h2><p class="hint">${esc(m.chartCategoriesHint)}</p>${chart}
<table><thead><tr><th>${esc(m.category)}</th><th>${esc(m.tier)}</th><th class="n">${esc(m.records_)}</th><th class="n">${esc(m.items)}</th><th class="n">${esc(m.tierItems)}</th>${lineHeads}<th class="n">${esc(m.ratio)}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function trend(r: Report, history: Report[], m: Messages): string {
  const head = `<section id="trend"><h2>${esc(m.trend)}</h2>`;
  if (history.length === 0) return `${head}<p class="empty">${esc(m.noHistory)}</p></section>`;
  const runs = [...history, r].sort((a, b) => (a.scan.finishedAt < b.scan.finishedAt ? -1 : a.scan.finishedAt > b.scan.finishedAt ? 1 : 0));
  const sameDay = new Set(runs.map((x) => x.scan.finishedAt.slice(0, 10))).size < runs.length;
  const labels = runs.map((x) => (sameDay ? x.scan.finishedAt.slice(5, 16).replace('T', ' ') : x.scan.finishedAt.slice(0, 10)));
  const series: Series[] = TIERS.map((t) => ({
    label: m.tierLabel(t),
    values: runs.map((x) => tierItems(x)[t] / (tierThresholds(x)[t] ?? Infinity)),
  }));
  series.push({ label: m.combined, values: runs.map((x) => x.assessment.combinedRatio), dashed: true });
  return `${head}<p class="hint">${esc(m.trendHint)}</p>${trendLines(labels, series, levelLines(r, m), m.trend)}</section>`;
}

function where(r: Report, m: Messages): string {
  const files = topFiles(r, TOP);
  const folders = topFolders(r, TOP);
  if (files.length === 0) return `<section id="top"><h2>${esc(m.topFiles)}</h2><p class="empty">${esc(m.noItems)}</p></section>`;
  const breakdown = (f: Report['files'][number]): string =>
    r.categories
      .filter((c) => (f.items[c.id] ?? 0) > 0)
      .map((c) => `${m.categories[c.id]} ${f.items[c.id]}`)
      .join(' · ');
  const fileRows = files.map((f) => `<tr><td class="path">${esc(f.path)}</td><td class="n">${fileItems(f)}</td><td class="n">${f.personalRecords}</td><td>${esc(breakdown(f))}</td></tr>`);
  const folderRows = folders.map((d) => `<tr><td class="path">${esc(d.folder)}</td><td class="n">${d.files}</td><td class="n">${d.items}</td></tr>`);
  return `<section id="top"><h2>${esc(m.topFiles)}</h2><p class="hint">${esc(m.itemsSumHint)}</p>
<table><thead><tr><th>${esc(m.path)}</th><th class="n">${esc(m.items)}</th><th class="n">${esc(m.records_)}</th><th>${esc(m.category)}</th></tr></thead><tbody>${fileRows.join('\n')}</tbody></table>
<h2>${esc(m.topFolders)}</h2>
<table><thead><tr><th>${esc(m.folder)}</th><th class="n">${esc(m.files)}</th><th class="n">${esc(m.items)}</th></tr></thead><tbody>${folderRows.join('\n')}</tbody></table></section>`;
}

function problems(r: Report, m: Messages): string {
  const list = problemsOf(r);
  const head = `<section id="problems"><h2>${esc(m.filesWithProblems(list.length))}</h2>`;
  if (list.length === 0) return `${head}<p class="empty">${esc(m.noProblems)}</p></section>`;
  const rows = list.slice(0, MAX_PROBLEMS).map((p) => `<tr><td class="path">${esc(p.path)}</td><td>${esc(p.reason)}</td></tr>`);
  const more = list.length > MAX_PROBLEMS ? `<p class="hint">${esc(m.moreInJson(list.length - MAX_PROBLEMS))}</p>` : '';
  return `${head}<table><thead><tr><th>${esc(m.path)}</th><th>${esc(m.reason)}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>${more}</section>`;
}

function notCounted(r: Report, m: Messages): string {
  const list = r.entities.filter((e) => e.unverified > 0 || e.excluded > 0);
  if (list.length === 0) return '';
  const items = list.map((e) => `${e.type}: ${e.unverified} ${m.unverified}, ${e.excluded} ${m.excluded}`);
  return `<section id="not-counted"><h2>${esc(m.notCounted)}</h2><p>${esc(items.join(' · '))}</p></section>`;
}

function footer(r: Report, m: Messages, lang: Lang): string {
  return `<footer><p>${esc(disclaimerIn(r.assessment, lang))}</p><p>${esc(m.generated)} piscan ${esc(r.tool.version)} · ${esc(r.schema)}</p></footer>`;
}
