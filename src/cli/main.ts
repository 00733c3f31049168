#!/usr/bin/env node
// The piscan command line: wires flags to the pipeline. No logic of its own.
import { Command, CommanderError, Option } from 'commander';
import { CatalogueError } from '../detect/catalogue.js';
import { PolicyError } from '../assess/policy.js';
import { RootError } from '../walk/walk.js';
import { collect, parseConfidence, parseCount, parseSize } from './options.js';
import { EXIT, scanCommand, UsageError, type ScanFlags } from './scanCommand.js';
import { piscanVersion } from './version.js';
import { DEFAULT_WORKERS } from '../scan/scanner.js';
import { FORMATS } from '../report/render.js';
import { LANGS, langFromEnv } from '../report/messages.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../archive/limits.js';

const EXAMPLES = `
Examples:
  piscan scan ./exports                          table of items per legal category
  piscan scan export.csv --format json -o r.json  JSON report (REPORT.md), exit 3 at a threshold
  piscan scan /share --findings f.jsonl          one masked line per personal record
  piscan scan /share --format html -o r.html     self-contained page with charts (--lang zh|en)
  piscan scan . --format sarif -o piscan.sarif   SARIF 2.1.0 for code scanning
  piscan scan /share --format csv -o c.csv --files-csv f.csv   spreadsheets (UTF-8 with BOM)
  piscan scan ./exports --duty-holder            half thresholds (data held while providing services)
  piscan scan ./hr --patterns staff-ids.json     add your own entity types (RE2, validator, keywords, category)
  PISCAN_HASH_KEY=… piscan scan ./exports        stable person ids across scans

Exit codes: 0 below every threshold, 1 scan error, 2 usage error, 3 threshold reached.`;

export function buildProgram(): Command {
  const program = new Command('piscan')
    .description('Find Chinese personal information in files and count it against the thresholds of Criminal Law Art. 253-1.')
    .version(piscanVersion(), '-V, --version')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`piscan: ${str.replace(/^error: /, '').trim()}\n`) });

  program
    .command('scan')
    .description('scan files and folders')
    .argument('<paths...>', 'files and folders to scan')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--files-csv <file>', 'also write one CSV row per file (items per category, errors, skips)')
    .addOption(new Option('--lang <lang>', 'language of the table and HTML reports').choices(LANGS).default(langFromEnv(), 'zh under a Chinese locale, else en'))
    .option('--findings <file>', 'write one JSON line per personal record (masked values, keyed person ids)')
    .option('--include <glob>', 'only files matching (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [])
    .option('--max-file-size <size>', 'skip larger files, with a reason in the report', parseSize, parseSize('2GB'))
    .option('--max-record-size <size>', 'longest line or field read; a file with a longer one is reported as failed', parseSize, parseSize('16MB'))
    .option('--max-archive-bytes <size>', 'uncompressed bytes opened per archive (zip, tar, gz), nested ones included', parseSize, parseSize('4GB'))
    .option('--max-archive-ratio <n>', 'skip an archive member compressed more than n:1 (zip bombs)', parseCount(1), DEFAULT_ARCHIVE_LIMITS.maxRatio)
    .option('--max-archive-depth <n>', 'open archives nested up to n deep (0: do not open archives)', parseCount(0), DEFAULT_ARCHIVE_LIMITS.maxDepth)
    .option('--max-archive-members <n>', 'members scanned per archive', parseCount(1), DEFAULT_ARCHIVE_LIMITS.maxMembers)
    .option('--policy <id|file>', 'policy: a built-in id (cn-criminal) or a policy JSON file', 'cn-criminal')
    .option('--duty-holder', 'data obtained while performing duties or providing services: half thresholds', false)
    .option('--hash-key <key>', 'key for the keyed hashes of identifiers (default: env PISCAN_HASH_KEY, else random per scan)')
    .option('--workers <n>', 'worker threads (0: scan on the main thread)', parseCount(0), DEFAULT_WORKERS)
    .option('--hidden', 'scan hidden files and folders', false)
    .option('--follow-symlinks', 'follow symbolic links (each real file is scanned once)', false)
    .option('--fail-on <level>', 'lowest level that exits with 3 (serious, especially_serious, never)', 'serious')
    .option('--patterns <file>', 'add the entity types of a pattern file (JSON, RE2 regexes; repeatable)', collect, [])
    .option('--min-confidence <n>', 'drop findings below this confidence (0-1)', parseConfidence, 0)
    .option('-q, --quiet', 'no progress output', false)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ScanFlags) => {
      process.exitCode = await scanCommand(paths, flags);
    });
  program.addHelpText('after', EXAMPLES);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (e instanceof UsageError || e instanceof PolicyError || e instanceof CatalogueError || e instanceof RootError) {
      process.stderr.write(`piscan: ${e.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`piscan: scan failed: ${(e as Error).message}\n`);
      process.exitCode = EXIT.error;
    }
  }
}

await main();
