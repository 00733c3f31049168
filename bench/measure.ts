// Runs a command and measures its wall time and peak resident memory. Peak RSS is the
// kernel's high-water mark (VmHWM), polled from /proc while the process runs; it covers
// every thread of the process, so a Node process with its workers is measured whole.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  seconds: number;
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

const POLL_MS = 50;

export function measure(command: string, args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let stdout = '';
    let stderr = '';
    const poll = (): void => {
      peak = Math.max(peak, highWaterMark(child.pid));
    };
    const timer = setInterval(poll, POLL_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    // The last poll before the process ends: its streams close just before it exits.
    child.stdout.on('end', poll);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: peak, stdout, stderr });
    });
  });
}

function highWaterMark(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // the process has ended between two polls
  }
}
