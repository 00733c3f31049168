// `piscan check <export>`: the pre-transfer gate. Scans like `scan`, then prints a short
// verdict — level, reasons, top categories — and exits by level (0 below, 3 at --fail-on).
import type { Policy } from '../assess/policy.js';
import { writeFileAtomic } from '../report/atomicWrite.js';
import type { Report } from '../report/jsonReport.js';
import { scanToReport, type PipelineFlags } from './pipeline.js';

export interface CheckFlags extends PipelineFlags {
  format: 'text' | 'json';
  /** The full JSON report as well, for the record of the transfer. */
  report?: string;
}

const TOP = 3;

export interface Verdict {
  schema: 'piscan.verdict/1';
  level: string;
  exitCode: number;
  policy: string;
  reasons: string[];
  top: { id: string; items: number; records: number; ratio: number }[];
  persons: number;
  sensitivePersons: number;
  files: Report['scan']['files'];
  cumulative?: Report['cumulative'];
}

export async function checkCommand(paths: string[], flags: CheckFlags): Promise<number> {
  const { report, policy, exit } = await scanToReport(paths, flags);
  if (flags.report) await writeFileAtomic(flags.report, JSON.stringify(report, null, 2) + '\n');
  const verdict = verdictOf(report, exit);
  process.stdout.write(flags.format === 'json' ? JSON.stringify(verdict, null, 2) + '\n' : renderVerdict(verdict, policy));
  return exit;
}

export function verdictOf(report: Report, exitCode: number): Verdict {
  const top = report.categories
    .filter((c) => c.items > 0)
    .sort((a, b) => b.ratio - a.ratio || b.items - a.items)
    .slice(0, TOP)
    .map((c) => ({ id: c.id, items: c.items, records: c.records, ratio: c.ratio }));
  return {
    schema: 'piscan.verdict/1',
    level: report.assessment.level,
    exitCode,
    policy: report.policy.id,
    reasons: report.assessment.reasons,
    top,
    persons: report.persons,
    sensitivePersons: report.sensitivePersons,
    files: report.scan.files,
    ...(report.cumulative ? { cumulative: report.cumulative } : {}),
  };
}

function renderVerdict(v: Verdict, policy: Policy): string {
  const out: string[] = [];
  out.push(`${v.level.toUpperCase()} — policy ${v.policy}${v.exitCode === 3 ? ' (exit 3: do not transfer without review)' : ''}`);
  for (const r of v.reasons) out.push(`  · ${r}`);
  if (v.top.length > 0) out.push(`top categories: ${v.top.map((c) => `${c.id} ${c.items} items${c.ratio > 0 ? ` (${c.ratio}× threshold)` : ''}`).join(', ')}`);
  const failed = v.files.failed > 0 ? `, ${v.files.failed} failed` : '';
  out.push(`persons: ${v.persons} (${v.sensitivePersons} with sensitive information) · files: ${v.files.scanned} scanned, ${v.files.skipped} skipped${failed}`);
  if (v.cumulative) out.push(`cumulative since ${v.cumulative.since}: this export plus ${v.cumulative.runs} earlier runs, each person counted once`);
  out.push(policy.disclaimer);
  return out.join('\n') + '\n';
}
