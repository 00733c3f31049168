// Structured logs name each failed or skipped file with its reason, never a raw value;
// the progress bar shows on a terminal only.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { piscan } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-logs-'));
const data = join(dir, 'data');
mkdirSync(data, { recursive: true });
const MOBILE = '13812345678';
writeFileSync(join(data, 'ok.csv'), `姓名,手机号\n张伟,${MOBILE}\n`);
// A last line longer than --max-record-size: the file fails after its mobile number was seen.
writeFileSync(join(data, 'long.log'), `张伟 ${MOBILE}\n${'x'.repeat(5000)}`);
writeFileSync(join(data, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
writeFileSync(join(data, '.hidden.csv'), `姓名,手机号\n李娜,${MOBILE}\n`);

type LogLine = { level: number; time: string; msg: string; path?: string; reason?: string };
const parse = (text: string): LogLine[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogLine);

describe('structured logs', () => {
  it('warn by default, to stderr: one JSON line per failed or skipped file with its reason', async () => {
    const r = await piscan(['scan', data, '--max-record-size', '1k', '--workers', '0']);
    const log = parse(r.stderr);
    expect(log.every((l) => l.level >= 40)).toBe(true);
    const byPath = Object.fromEntries(log.map((l) => [l.path, l]));
    expect(byPath['long.log']).toMatchObject({ msg: 'file failed' });
    expect(byPath['long.log'].reason).toMatch(/longer than|record/);
    expect(byPath['photo.png']).toMatchObject({ msg: 'file skipped' });
    expect(byPath['.hidden.csv']).toMatchObject({ msg: 'file skipped', reason: expect.stringMatching(/hidden/) });
    expect(r.stderr).not.toContain(MOBILE);
  });

  it('--log-file and --log-level info: the run from start to verdict, in the file only', async () => {
    const file = join(dir, 'logs', 'piscan.log');
    const r = await piscan(['scan', data, '--max-record-size', '1k', '--workers', '0', '--log-level', 'info', '--log-file', file]);
    expect(r.stderr).toBe('');
    const msgs = parse(readFileSync(file, 'utf8')).map((l) => l.msg);
    expect(msgs[0]).toBe('scan started');
    expect(msgs).toContain('file failed');
    expect(msgs.at(-1)).toBe('scan finished');
    expect(readFileSync(file, 'utf8')).not.toContain(MOBILE);
  });

  it('rejects an unknown level', async () => {
    const r = await piscan(['scan', data, '--log-level', 'loud']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--log-level/);
  });
});

describe('progress bar', () => {
  class FakeTerminal {
    isTTY = true;
    columns = 200;
    out = '';
    write(s: string): boolean {
      this.out += s;
      return true;
    }
  }

  it('shows files, bytes, records, rate and ETA on a terminal, and clears itself', async () => {
    let now = 0;
    const tty = new FakeTerminal();
    const p = new Progress(tty, true, () => now);
    p.start(4, 4096);
    now = 1000;
    p.fileDone(1024, 10);
    now = 2000;
    p.fileDone(1024, 5);
    expect(p.line()).toBe('[██████████░░░░░░░░░░] 2/4 files · 2.0 KiB/4.0 KiB · 15 records · ETA 0:02 · 1.0 KiB/s');
    expect(p.line(70)).toBe('2/4 files · 2.0 KiB/4.0 KiB · 15 records · ETA 0:02 · 1.0 KiB/s');
    expect(tty.out).toContain('\r[');
    p.stop();
    expect(tty.out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('draws nothing when stderr is not a terminal', async () => {
    const pipe = new FakeTerminal();
    pipe.isTTY = false;
    const p = new Progress(pipe);
    p.start(1, 10);
    p.fileDone(10, 1);
    p.stop();
    expect(pipe.out).toBe('');
    expect((await piscan(['scan', join(data, 'ok.csv'), '--workers', '0'])).stderr).toBe('');
  });
});
