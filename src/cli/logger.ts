// Structured logs (pino, JSON lines): warn and above to stderr by default, or to --log-file.
// Log lines name files and reasons — the same one-line reasons as the report — and never
// carry a raw value: what piscan finds goes only into masked findings.
import { destination, pino, stdTimeFunctions, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogOptions {
  level: LogLevel;
  /** Appended to (a log is a journal, not a report); stderr when absent. */
  file?: string;
}

export function createLogger(opts: LogOptions): Logger {
  // Synchronous writes: every line is out before the process exits with its code.
  const dest = opts.file ? destination({ dest: opts.file, sync: true, mkdir: true }) : destination({ fd: 2, sync: true });
  return pino({ level: opts.level, base: { name: 'piscan' }, timestamp: stdTimeFunctions.isoTime }, dest);
}

export type { Logger };
