#!/usr/bin/env node
// The piscan command line: wires flags to the pipeline. No logic of its own.
import { Command, CommanderError, Option } from 'commander';
import { CatalogueError } from '../detect/catalogue.js';
import { PolicyError } from '../assess/policy.js';
import { StateError } from '../state/stateDir.js';
import { RootError } from '../walk/walk.js';
import { checkCommand, type CheckFlags } from './checkCommand.js';
import { applyConfig, ConfigError, findConfig, loadConfig } from './config.js';
import { diffCommand, type DiffFlags } from './diffCommand.js';
import { LOG_LEVELS } from './logger.js';
import { collect, parseConfidence, parseCount, parseDate, parseSize } from './options.js';
import { EXIT, scanCommand, UsageError, type ScanFlags } from './scanCommand.js';
import { piscanVersion } from './version.js';
import { DEFAULT_WORKERS } from '../scan/scanner.js';
import { FORMATS } from '../report/render.js';
import { LANGS, langFromEnv } from '../report/messages.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../archive/limits.js';
import { DEFAULT_HISTORY_DAYS } from '../state/history.js';

const EXAMPLES = `
Examples:
  piscan scan ./exports                          table of items per legal category
  piscan scan export.csv --format json -o r.json  JSON report (REPORT.md), exit 3 at a threshold
  piscan scan /share --findings f.jsonl          one masked line per personal record
  piscan scan /share --format html -o r.html     self-contained page with charts (--lang zh|en)
  piscan scan . --format sarif -o piscan.sarif   SARIF 2.1.0 for code scanning
  piscan scan /share --format csv -o c.csv --files-csv f.csv   spreadsheets (UTF-8 with BOM)
  piscan scan ./hr --patterns staff-ids.json     add your own entity types (RE2, validator, keywords, category)
  piscan scan ./exports --duty-holder            half thresholds (data held while providing services)
  PISCAN_HASH_KEY=… piscan scan ./exports        stable person ids across scans
  piscan scan /share --state /var/lib/piscan     incremental: unchanged files are not read again
  piscan diff --state /var/lib/piscan            what grew or shrank since the previous run
  piscan check export.csv                        short verdict; exit 3 = do not transfer unreviewed
  piscan check export.csv --policy cn-cross-border --state s --since 2026-01-01

Exit codes: 0 below every threshold, 1 scan error, 2 usage error, 3 threshold reached.`;

/** The options `scan` and `check` share: what to read, how to count, where state and logs go. */
function addPipelineOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'settings file (default: piscan.config.json/.yaml in the current folder); flags win')
    .option('--findings <file>', 'write one JSON line per personal record (masked values, keyed person ids)')
    .option('--patterns <file>', 'add the entity types of a pattern file (JSON, RE2 regexes; repeatable)', collect, [])
    .option('--min-confidence <n>', 'drop findings below this confidence (0-1)', parseConfidence, 0)
    .option('--include <glob>', 'only files matching (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [])
    .option('--max-file-size <size>', 'skip larger files, with a reason in the report', parseSize, parseSize('2GB'))
    .option('--max-record-size <size>', 'longest line or field read; a file with a longer one is reported as failed', parseSize, parseSize('16MB'))
    .option('--max-archive-bytes <size>', 'uncompressed bytes opened per archive (zip, tar, gz), nested ones included', parseSize, parseSize('4GB'))
    .option('--max-archive-ratio <n>', 'skip an archive member compressed more than n:1 (zip bombs)', parseCount(1), DEFAULT_ARCHIVE_LIMITS.maxRatio)
    .option('--max-archive-depth <n>', 'open archives nested up to n deep (0: do not open archives)', parseCount(0), DEFAULT_ARCHIVE_LIMITS.maxDepth)
    .option('--max-archive-members <n>', 'members scanned per archive', parseCount(1), DEFAULT_ARCHIVE_LIMITS.maxMembers)
    .option('--policy <id|file>', 'policy: cn-criminal, cn-criminal-duty, cn-cross-border, or a policy JSON/YAML file', 'cn-criminal')
    .option('--duty-holder', 'data obtained while performing duties or providing services: half thresholds', false)
    .option('--hash-key <key>', 'key for the keyed hashes of identifiers (default: env PISCAN_HASH_KEY, else the state\'s key, else random per scan)')
    .option('--workers <n>', 'worker threads (0: scan on the main thread)', parseCount(0), DEFAULT_WORKERS)
    .option('--hidden', 'scan hidden files and folders', false)
    .option('--follow-symlinks', 'follow symbolic links (each real file is scanned once)', false)
    .option('--fail-on <level>', 'lowest level that exits with 3 (a level of the policy, or never; default its first level)')
    .option('--state <dir>', 'incremental scans: keep what each file contributed, and each run\'s report in DIR/history')
    .option('--since <date>', 'with --state: also count the persons of the runs since this date, each once (cumulative year)', parseDate)
    .option('--history-days <n>', 'with --state: keep the runs of the last n days in DIR/history (and always the latest two)', parseCount(1), DEFAULT_HISTORY_DAYS)
    .addOption(new Option('--log-level <level>', 'structured (JSON) log level').choices(LOG_LEVELS).default('warn'))
    .option('--log-file <file>', 'append the log to a file instead of stderr')
    .option('-q, --quiet', 'no progress bar', false);
}

export function buildProgram(): Command {
  const program = new Command('piscan')
    .description('Find Chinese personal information in files and count it against the thresholds of Criminal Law Art. 253-1.')
    .version(piscanVersion(), '-V, --version')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`piscan: ${str.replace(/^error: /, '').trim()}\n`) });

  const scan = program
    .command('scan')
    .description('scan files and folders')
    .argument('[paths...]', 'files and folders to scan (default: "roots" of the config file)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--files-csv <file>', 'also write one CSV row per file (items per category, errors, skips)')
    .addOption(new Option('--lang <lang>', 'language of the table and HTML reports').choices(LANGS).default(langFromEnv(), 'zh under a Chinese locale, else en'));
  addPipelineOptions(scan)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], _flags: ScanFlags, cmd: Command) => {
      const roots = configure(cmd, paths);
      process.exitCode = await scanCommand(roots, cmd.opts<ScanFlags>());
    });

  const check = program
    .command('check')
    .description('pre-transfer gate: scan an export, print a short verdict, exit 0 (go) or 3 (threshold reached)')
    .argument('[paths...]', 'the export: files and folders (default: "roots" of the config file)')
    .addOption(new Option('-f, --format <format>', 'verdict format').choices(['text', 'json']).default('text'))
    .option('--report <file>', 'also write the full JSON report (atomically)');
  addPipelineOptions(check).action(async (paths: string[], _flags: CheckFlags, cmd: Command) => {
    const roots = configure(cmd, paths);
    process.exitCode = await checkCommand(roots, cmd.opts<CheckFlags>());
  });

  program
    .command('diff')
    .description('what grew or shrank since the previous run of a state folder, by category and by file')
    .option('--state <dir>', 'the state folder of the scheduled scan')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--config <file>', 'settings file (default: piscan.config.json/.yaml in the current folder)')
    .action(async (_flags: DiffFlags, cmd: Command) => {
      configure(cmd, []);
      process.exitCode = await diffCommand(cmd.opts<DiffFlags>());
    });
  program.addHelpText('after', EXAMPLES);
  return program;
}

/** Applies the config file (if any) under the flags given; returns the roots to scan. */
function configure(cmd: Command, paths: string[]): string[] {
  const file = findConfig(cmd.opts<{ config?: string }>().config);
  if (file === undefined) return paths;
  const known = cmd.parent!.commands.flatMap((c) => c.options);
  const config = loadConfig(file, known);
  applyConfig(cmd, config);
  return paths.length > 0 ? paths : (config.roots ?? []);
}

async function main(): Promise<void> {
  // A reader that stops early (piscan scan … | head) closes the pipe: what was still to be
  // written is not wanted, and the exit code must stay the scan's, not a crash on EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (isUsageError(e)) {
      process.stderr.write(`piscan: ${e.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`piscan: scan failed: ${(e as Error).message}\n`);
      process.exitCode = EXIT.error;
    }
  }
}

function isUsageError(e: unknown): e is Error {
  return [UsageError, PolicyError, CatalogueError, RootError, ConfigError, StateError].some((kind) => e instanceof kind);
}

await main();
