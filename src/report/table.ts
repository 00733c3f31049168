// The terminal report: what a data-protection officer reads first.
import type { Report } from './jsonReport.js';

export function renderTable(r: Report): string {
  const out: string[] = [];
  const s = r.scan;
  out.push(`piscan ${r.tool.version} — ${s.roots.join(', ')}`);
  out.push(
    `${s.files.scanned} files scanned, ${s.files.skipped} skipped, ${s.files.failed} failed · ${formatBytes(s.bytes)} · ${s.records} records, ${s.personalRecords} personal · ${(s.durationMs / 1000).toFixed(1)} s`,
  );
  out.push('');
  const rows = r.categories.map((c) => [c.id, c.tier, String(c.records), String(c.items), String(c.threshold), c.ratio.toFixed(2)]);
  out.push(...grid(['category', 'tier', 'records', 'items', 'threshold', 'ratio'], rows, [false, false, true, true, true, true]));
  out.push('');
  out.push(`persons (distinct people): ${r.persons}`);
  out.push(`policy: ${r.policy.id}${r.policy.dutyHolder ? ' (duty holder: half thresholds)' : ''}`);
  out.push(`level: ${r.assessment.level.toUpperCase()}   combined ratio: ${r.assessment.combinedRatio}`);
  for (const reason of r.assessment.reasons) out.push(`  · ${reason}`);
  const unverified = r.entities.filter((e) => e.unverified > 0 || e.excluded > 0);
  if (unverified.length > 0) {
    out.push('');
    out.push('not counted: ' + unverified.map((e) => `${e.type} ${e.unverified > 0 ? `${e.unverified} unverified` : `${e.excluded} excluded`}`).join(', '));
  }
  const problems = [...r.files.filter((f) => f.error).map((f) => ({ path: f.path, reason: f.error! })), ...r.skipped];
  if (problems.length > 0) {
    out.push('');
    out.push(`files with problems (${problems.length}):`);
    for (const p of problems.slice(0, 20)) out.push(`  ${p.path}: ${p.reason}`);
    if (problems.length > 20) out.push(`  … ${problems.length - 20} more in the JSON report`);
  }
  out.push('');
  out.push(r.assessment.disclaimer);
  return out.join('\n') + '\n';
}

function grid(head: string[], rows: string[][], right: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
