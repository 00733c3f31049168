// A private folder for the walker's temporary copies of nested and gzip-compressed
// archives (random access needs a file). Made on first use with mode 0700 (the copies
// hold the same personal data as the archive) and removed when the scan ends — also when
// the process exits or is interrupted (Ctrl-C, SIGTERM) before it does.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export class TempSpace {
  private dir: string | undefined;
  private count = 0;
  private readonly removeOnExit = (): void => {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  };
  private readonly removeOnSignal = (signal: NodeJS.Signals): void => {
    this.removeOnExit();
    this.unhook();
    // With our handler gone the signal does what it would have done without it.
    process.kill(process.pid, signal);
  };

  /** A new path in the folder, keeping the member's extension (it decides the archive kind). */
  async file(memberName: string): Promise<string> {
    if (!this.dir) {
      this.dir = await mkdtemp(join(tmpdir(), 'piscan-'));
      process.once('exit', this.removeOnExit);
      for (const s of SIGNALS) process.once(s, this.removeOnSignal);
    }
    const ext = /\.tar\.gz$/i.test(memberName) ? '.tar.gz' : extname(memberName);
    return join(this.dir, `${++this.count}${ext}`);
  }

  async remove(): Promise<void> {
    if (!this.dir) return;
    this.unhook();
    await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private unhook(): void {
    process.off('exit', this.removeOnExit);
    for (const s of SIGNALS) process.off(s, this.removeOnSignal);
  }
}
