// What `scan` and `check` share: flags → policy, state, logs and progress → a scan →
// an assessed report (saved in the state's history when there is one).
import { resolve } from 'node:path';
import { assessTally } from '../assess/assess.js';
import { loadPolicy, type Policy } from '../assess/policy.js';
import { builtinVocabulary } from '../classify/vocabulary.js';
import { patternsDir } from '../detect/catalogueFiles.js';
import { checkPatternFiles } from '../detect/customPatterns.js';
import { buildReport, type Report } from '../report/jsonReport.js';
import { randomHashKey } from '../resolve/keyedHash.js';
import { runScan } from '../scan/scanner.js';
import { personsSince, pruneRuns, recordRun } from '../state/history.js';
import { openState } from '../state/stateDir.js';
import { settingsKey } from '../state/settingsKey.js';
import { StateProcessor } from '../state/stateProcessor.js';
import { EXIT, UsageError } from './exit.js';
import { createLogger, type LogLevel } from './logger.js';
import { Progress } from './progress.js';
import { piscanVersion } from './version.js';

export interface PipelineFlags {
  /** The user's pattern files (more entity types). */
  patterns: string[];
  minConfidence: number;
  include: string[];
  exclude: string[];
  maxFileSize: number;
  maxRecordSize: number;
  maxArchiveBytes: number;
  maxArchiveRatio: number;
  maxArchiveDepth: number;
  maxArchiveMembers: number;
  policy: string;
  dutyHolder: boolean;
  hashKey?: string;
  workers: number;
  hidden: boolean;
  followSymlinks: boolean;
  /** Lowest level that exits with 3; default the policy's first level. */
  failOn?: string;
  quiet: boolean;
  findings?: string;
  state?: string;
  since?: string;
  /** Days of runs kept in the state's history. */
  historyDays: number;
  logLevel: LogLevel;
  logFile?: string;
}

export interface PipelineResult {
  report: Report;
  policy: Policy;
  /** 0 below --fail-on, 3 at or above it. */
  exit: number;
}

export async function scanToReport(paths: string[], flags: PipelineFlags): Promise<PipelineResult> {
  if (paths.length === 0) throw new UsageError('no paths to scan (give them, or "roots" in piscan.config.*)');
  const policy = loadPolicy(flags.policy);
  const levels = policy.levels.map((l) => l.id);
  const failOn = flags.failOn ?? levels[0];
  if (failOn !== 'never' && !levels.includes(failOn)) {
    throw new UsageError(`--fail-on: policy ${policy.id} has no level "${failOn}" (it has ${levels.join(', ')}, or never)`);
  }
  if (flags.since !== undefined && flags.state === undefined) throw new UsageError('--since counts earlier runs of a state folder: give --state DIR');
  const patternFiles = flags.patterns.map((f) => resolve(f));
  const archives = { maxBytes: flags.maxArchiveBytes, maxRatio: flags.maxArchiveRatio, maxDepth: flags.maxArchiveDepth, maxMembers: flags.maxArchiveMembers };
  checkPatternFiles(patternFiles, new Date());
  const log = createLogger({ level: flags.logLevel, file: flags.logFile });
  const userKey = flags.hashKey ?? process.env.PISCAN_HASH_KEY;
  const state = flags.state !== undefined ? await openState(flags.state, userKey) : undefined;
  // The state stays locked until the run is saved in it, or has failed.
  try {
    const prior = state && flags.since !== undefined ? await personsSince(state.historyDir, new Date(flags.since)) : undefined;
    const progress = new Progress(process.stderr, !flags.quiet && process.stderr.isTTY === true);
    let incremental: StateProcessor | undefined;
    log.info({ roots: paths, policy: policy.id, state: flags.state ?? null }, 'scan started');
    const outcome = await runScan({
      roots: paths,
      walk: { include: flags.include, exclude: flags.exclude, maxFileSize: flags.maxFileSize, hidden: flags.hidden, followSymlinks: flags.followSymlinks, archives },
      workers: flags.workers,
      hashKey: state?.key ?? userKey ?? randomHashKey(),
      maxRecordChars: flags.maxRecordSize,
      findingsFile: flags.findings,
      detection: { patternFiles, minConfidence: flags.minConfidence },
      onWalked: (files) => {
        const bytes = files.reduce((sum, f) => sum + f.size, 0);
        log.info({ files: files.length, bytes }, 'walk done');
        progress.start(files.length, bytes);
      },
      onFileSummary: (entry, summary) => {
        if (summary.error !== null) log.warn({ path: entry.path, root: entry.root, reason: summary.error }, 'file failed');
        else log.debug({ path: entry.path, records: summary.records, format: summary.format }, 'file done');
        progress.fileDone(entry.size, summary.records);
      },
      contributions: state
        ? (scan, files) => {
            const onSaveError = (path: string, reason: string): void => void log.warn({ path, reason }, 'state not saved');
            const settings = settingsKey({ version: piscanVersion(), patternsDir: patternsDir(), patternFiles, minConfidence: flags.minConfidence, maxRecordChars: flags.maxRecordSize, archives });
            return (incremental = new StateProcessor(scan, files, state, settings, onSaveError, Math.max(16, 4 * flags.workers)));
          }
        : undefined,
      keepPersons: state !== undefined,
      priorPersons: prior?.snapshots,
    }).finally(() => progress.stop());
    for (const s of outcome.skipped) log.warn({ path: s.path, reason: s.reason }, 'file skipped');
    const vocabulary = builtinVocabulary();
    const dutyHolder = flags.dutyHolder || policy.dutyHolder;
    const categories = outcome.tally.categories.map((c) => ({ ...c, tier: vocabulary.tierOf[c.id] }));
    const assessment = assessTally({ categories, persons: outcome.tally.persons, sensitivePersons: outcome.tally.sensitivePersons }, policy, dutyHolder);
    const report = buildReport(outcome, policy, dutyHolder, assessment, vocabulary, piscanVersion());
    if (prior && flags.since !== undefined) report.cumulative = { since: flags.since, runs: prior.runs };
    if (state && incremental) {
      await recordRun(state.historyDir, report, outcome.persons);
      const dropped = await pruneRuns(state.historyDir, new Date(Date.parse(report.scan.startedAt) - flags.historyDays * 86_400_000));
      if (dropped > 0) log.info({ dropped, historyDays: flags.historyDays }, 'old runs dropped from the history');
      await incremental.prune();
      log.info({ replayed: incremental.counts.replayed, scanned: incremental.counts.scanned }, 'state saved');
    }
    log.info({ verdict: report.assessment.level, durationMs: report.scan.durationMs }, 'scan finished');
    return { report, policy, exit: gateExit(report.assessment.level, failOn, levels) };
  } finally {
    await state?.lock.release();
  }
}

/** 3 when the level reached is at or above --fail-on, else 0. */
function gateExit(level: string, failOn: string, levels: string[]): number {
  if (failOn === 'never' || level === 'none') return EXIT.ok;
  return levels.indexOf(level) >= levels.indexOf(failOn) ? EXIT.threshold : EXIT.ok;
}
