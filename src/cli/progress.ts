// A one-line progress bar on stderr while a scan runs — files, bytes, records, ETA and
// rate (the bar, then the rate, give way on a narrow terminal) — redrawn at most every
// 100 ms. Nothing at all when stderr is not a terminal (cron, CI, a pipe), so logs and
// redirected output stay clean.

import { formatBytes } from '../report/table.js';

const REDRAW_MS = 100;
const BAR_WIDTH = 20;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export class Progress {
  private files = 0;
  private totalFiles = 0;
  private bytes = 0;
  private totalBytes = 0;
  private records = 0;
  private started = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: ProgressStream,
    private readonly enabled: boolean = out.isTTY === true,
    private readonly now: () => number = Date.now,
  ) {}

  start(files: number, bytes: number): void {
    this.totalFiles = files;
    this.totalBytes = bytes;
    this.started = this.now();
    this.draw(true);
  }

  fileDone(bytes: number, records: number): void {
    this.files++;
    this.bytes += bytes;
    this.records += records;
    this.draw(this.files === this.totalFiles);
  }

  /** Clears the line, so the report starts on a clean terminal. */
  stop(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }

  /** The line as it would be drawn now (also what the tests read); on a narrow terminal the bar goes first. */
  line(width = Infinity): string {
    const elapsed = Math.max(1, this.now() - this.started) / 1000;
    const fraction = this.totalBytes > 0 ? this.bytes / this.totalBytes : this.totalFiles > 0 ? this.files / this.totalFiles : 0;
    const filled = Math.round(fraction * BAR_WIDTH);
    const rate = this.bytes / elapsed;
    const eta = rate > 0 && fraction < 1 ? (this.totalBytes - this.bytes) / rate : 0;
    const figures = [
      `${this.files}/${this.totalFiles} files`,
      `${formatBytes(this.bytes)}/${formatBytes(this.totalBytes)}`,
      `${this.records.toLocaleString('en-US')} records`,
      `ETA ${formatDuration(eta)}`,
      `${formatBytes(Math.round(rate))}/s`,
    ].join(' · ');
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] `;
    const text = bar.length + figures.length <= width ? bar + figures : figures;
    return text.slice(0, width);
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.out.write(`\r${this.line((this.out.columns ?? 100) - 1)}\x1b[K`);
    this.drawn = true;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (x: number): string => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
