// `piscan scan`: runs the pipeline and renders the report; the exit code gates transfers.
import { assess } from '../assess/assess.js';
import { loadPolicy } from '../assess/policy.js';
import { builtinVocabulary } from '../classify/vocabulary.js';
import { resolve } from 'node:path';
import { checkPatternFiles } from '../detect/customPatterns.js';
import { writeFileAtomic } from '../report/atomicWrite.js';
import { buildReport, type Report } from '../report/jsonReport.js';
import { renderFilesCsv } from '../report/csvReport.js';
import type { Lang } from '../report/messages.js';
import { renderReport, type Format } from '../report/render.js';
import { randomHashKey } from '../resolve/keyedHash.js';
import { runScan } from '../scan/scanner.js';
import { piscanVersion } from './version.js';

export interface ScanFlags {
  format: Format;
  output?: string;
  filesCsv?: string;
  lang: Lang;
  findings?: string;
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
  failOn: string;
  quiet: boolean;
  patterns: string[];
  minConfidence: number;
}

export const EXIT = { ok: 0, error: 1, usage: 2, threshold: 3 } as const;

export async function scanCommand(paths: string[], flags: ScanFlags): Promise<number> {
  const policy = loadPolicy(flags.policy);
  if (flags.failOn !== 'never' && !policy.levels.some((l) => l.id === flags.failOn)) {
    throw new UsageError(`--fail-on: policy ${policy.id} has no level "${flags.failOn}" (it has ${policy.levels.map((l) => l.id).join(', ')}, or never)`);
  }
  const dutyHolder = flags.dutyHolder || policy.dutyHolder;
  const patternFiles = flags.patterns.map((f) => resolve(f));
  checkPatternFiles(patternFiles, new Date());
  const progress = !flags.quiet && process.stderr.isTTY;
  const outcome = await runScan({
    roots: paths,
    walk: {
      include: flags.include,
      exclude: flags.exclude,
      maxFileSize: flags.maxFileSize,
      hidden: flags.hidden,
      followSymlinks: flags.followSymlinks,
      archives: { maxBytes: flags.maxArchiveBytes, maxRatio: flags.maxArchiveRatio, maxDepth: flags.maxArchiveDepth, maxMembers: flags.maxArchiveMembers },
    },
    workers: flags.workers,
    hashKey: flags.hashKey ?? process.env.PISCAN_HASH_KEY ?? randomHashKey(),
    maxRecordChars: flags.maxRecordSize,
    findingsFile: flags.findings,
    detection: { patternFiles, minConfidence: flags.minConfidence },
    onFileDone: progress ? (done, total) => process.stderr.write(`\rscanned ${done}/${total} files`) : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const vocabulary = builtinVocabulary();
  const categories = outcome.tally.categories.map((c) => ({ ...c, tier: vocabulary.tierOf[c.id] }));
  const assessment = assess(categories, policy, dutyHolder);
  const report = buildReport(outcome, policy, dutyHolder, assessment, vocabulary, piscanVersion());
  const text = renderReport(report, flags.format, { lang: flags.lang });
  if (flags.output) await writeFileAtomic(flags.output, text);
  else process.stdout.write(text);
  if (flags.filesCsv) await writeFileAtomic(flags.filesCsv, renderFilesCsv(report));
  return gateExit(report, flags.failOn, policy.levels.map((l) => l.id));
}

/** 3 when the level reached is at or above --fail-on, else 0. */
function gateExit(report: Report, failOn: string, levels: string[]): number {
  if (failOn === 'never' || report.assessment.level === 'none') return EXIT.ok;
  return levels.indexOf(report.assessment.level) >= levels.indexOf(failOn) ? EXIT.threshold : EXIT.ok;
}

export class UsageError extends Error {}
