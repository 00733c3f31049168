// The terminal report: what a data-protection officer reads first.
import type { Report } from './jsonReport.js';
import { disclaimerIn, levelLabel, MESSAGES, reasonsIn, type Lang } from './messages.js';
import { problemsOf } from './summary.js';
import { displayWidth } from './textWidth.js';

export function renderTable(r: Report, lang: Lang = 'en'): string {
  const m = MESSAGES[lang];
  const out: string[] = [];
  const s = r.scan;
  out.push(`piscan ${r.tool.version} — ${s.roots.join(', ')}`);
  out.push(`${m.scanned(s.files.scanned, s.files.skipped, s.files.failed)} · ${formatBytes(s.bytes)} · ${m.records(s.records, s.personalRecords)} · ${(s.durationMs / 1000).toFixed(1)} s`);
  out.push('');
  // English keeps the stable ids a script may grep for; Chinese shows the legal names.
  const name = (c: Report['categories'][number]): string => (lang === 'en' ? c.id : m.categories[c.id]);
  const rows = r.categories.map((c) => [name(c), c.tier, String(c.records), String(c.items), String(c.threshold), c.ratio.toFixed(2)]);
  out.push(...grid([m.category, m.tier, m.records_, m.items, m.threshold, m.ratio], rows, [false, false, true, true, true, true]));
  out.push('');
  out.push(`${m.persons}: ${r.persons}`);
  out.push(`${m.policy}: ${r.policy.id}${r.policy.dutyHolder ? ` (${m.dutyHolder})` : ''}`);
  const level = lang === 'en' ? r.assessment.level.toUpperCase() : levelLabel(m, r.assessment.level);
  out.push(`${m.level}: ${level}   ${m.combinedRatio}: ${r.assessment.combinedRatio}`);
  for (const reason of reasonsIn(r.assessment, m)) out.push(`  · ${reason}`);
  const unverified = r.entities.filter((e) => e.unverified > 0 || e.excluded > 0);
  if (unverified.length > 0) {
    out.push('');
    out.push(`${m.notCounted}: ` + unverified.map((e) => `${e.type} ${e.unverified > 0 ? `${e.unverified} ${m.unverified}` : `${e.excluded} ${m.excluded}`}`).join(', '));
  }
  const problems = problemsOf(r);
  if (problems.length > 0) {
    out.push('');
    out.push(`${m.filesWithProblems(problems.length)}:`);
    for (const p of problems.slice(0, 20)) out.push(`  ${p.path}: ${p.reason}`);
    if (problems.length > 20) out.push(`  ${m.moreInJson(problems.length - 20)}`);
  }
  out.push('');
  out.push(disclaimerIn(r.assessment, lang));
  return out.join('\n') + '\n';
}

export function grid(head: string[], rows: string[][], right: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const pad = (c: string, i: number): string => {
    const fill = ' '.repeat(widths[i] - displayWidth(c));
    return right[i] ? fill + c : c + fill;
  };
  const line = (cells: string[]): string => cells.map(pad).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
