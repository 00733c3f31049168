// `piscan diff --state DIR`: what grew or shrank between the last two runs of a state folder.
import { renderDiff } from '../report/diffTable.js';
import { diffRuns } from '../state/diff.js';
import { listRuns, loadRunReport } from '../state/history.js';
import { existingState } from '../state/stateDir.js';
import { EXIT, UsageError } from './exit.js';

export interface DiffFlags {
  state?: string;
  format: 'table' | 'json';
}

export async function diffCommand(flags: DiffFlags): Promise<number> {
  if (flags.state === undefined) throw new UsageError('diff: give --state DIR (or "state" in piscan.config.*)');
  const state = await existingState(flags.state);
  const runs = await listRuns(state.historyDir);
  if (runs.length === 0) throw new UsageError(`diff: ${flags.state} has no finished run yet`);
  const previous = runs.length > 1 ? await loadRunReport(runs[runs.length - 2]) : undefined;
  const diff = diffRuns(previous, await loadRunReport(runs[runs.length - 1]));
  process.stdout.write(flags.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : renderDiff(diff));
  return EXIT.ok;
}
