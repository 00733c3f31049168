// `piscan scan`: runs the pipeline and renders the report; the exit code gates transfers.
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomicWrite.js';
import { renderFilesCsv } from '../report/csvReport.js';
import type { Report } from '../report/jsonReport.js';
import type { Lang } from '../report/messages.js';
import { renderReport, type Format } from '../report/render.js';
import { listRuns, loadRunReport } from '../state/history.js';
import { scanToReport, type PipelineFlags } from './pipeline.js';

export { EXIT, UsageError } from './exit.js';

export interface ScanFlags extends PipelineFlags {
  format: Format;
  output?: string;
  filesCsv?: string;
  lang: Lang;
}

/** Runs drawn in the HTML trend chart, besides this one. */
const TREND_RUNS = 30;

export async function scanCommand(paths: string[], flags: ScanFlags): Promise<number> {
  const { report, exit } = await scanToReport(paths, flags);
  const history = flags.format === 'html' && flags.state !== undefined ? await earlierRuns(flags.state, report) : undefined;
  const text = renderReport(report, flags.format, { lang: flags.lang, history });
  if (flags.output) await writeFileAtomic(flags.output, text);
  else process.stdout.write(text);
  if (flags.filesCsv) await writeFileAtomic(flags.filesCsv, renderFilesCsv(report));
  return exit;
}

/** The state's earlier runs (this one is already in the history), for the trend. */
async function earlierRuns(state: string, current: Report): Promise<Report[]> {
  const runs = (await listRuns(join(state, 'history'))).slice(-TREND_RUNS - 1);
  const reports = await Promise.all(runs.map(loadRunReport));
  return reports.filter((r) => r.scan.startedAt !== current.scan.startedAt);
}
