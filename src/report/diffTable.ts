// `piscan diff` in the terminal: what grew or shrank since the previous run.
import type { Change, RunDiff } from '../state/diff.js';
import { grid } from './table.js';

const MAX_FILES = 30;

export function renderDiff(d: RunDiff): string {
  const out: string[] = [];
  out.push(`piscan diff — ${d.from ?? '(first run)'} → ${d.to}`);
  out.push(`level: ${d.level.before} → ${d.level.after}`);
  out.push(`persons: ${d.persons.before} → ${d.persons.after} (${signed(d.persons.delta)}); sensitive: ${d.sensitivePersons.before} → ${d.sensitivePersons.after} (${signed(d.sensitivePersons.delta)})`);
  out.push('');
  const rows = d.categories.map((c) => [c.id, ...cells(c.records), ...cells(c.items)]);
  out.push(...grid(['category', 'records', 'before', 'change', 'items', 'before', 'change'], rows, [false, true, true, true, true, true, true]));
  out.push('');
  if (d.files.length === 0) out.push('files: no change in personal records');
  else {
    out.push(`files that changed (${d.files.length}):`);
    for (const f of d.files.slice(0, MAX_FILES)) {
      const items = Object.entries(f.items).map(([id, c]) => `${id} ${signed(c!.delta)}`).join(', ');
      out.push(`  ${f.status.padEnd(7)}  ${f.path}: personal records ${signed(f.personalRecords.delta)}${items ? ` (items: ${items})` : ''}`);
    }
    if (d.files.length > MAX_FILES) out.push(`  … ${d.files.length - MAX_FILES} more with --format json`);
  }
  return out.join('\n') + '\n';
}

/** now, before, change — the current figure first, as a reader looks for it. */
function cells(c: Change): string[] {
  return [String(c.after), String(c.before), signed(c.delta)];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
