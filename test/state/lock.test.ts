// One run at a time per state folder: a second run is refused while the first holds the
// lock; a lock left by a run that is gone is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockState, StateLockedError } from '../../src/state/lock.js';
import { piscan } from '../cli.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'piscan-lock-'));
/** The pid of a process that has run and exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('state lock', () => {
  it('refuses a second holder, naming the first, until the first releases it', async () => {
    const dir = fresh();
    const first = await lockState(dir);
    await expect(lockState(dir)).rejects.toThrow(StateLockedError);
    await expect(lockState(dir)).rejects.toThrow(new RegExp(`in use by another piscan run \\(pid ${process.pid} on `));
    await first.release();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    const second = await lockState(dir);
    await second.release();
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock whose holder on this machine is no longer running', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-11-27T01:00:00.000Z' }));
    const lock = await lockState(dir);
    expect(JSON.parse(readFileSync(join(dir, 'lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('does not take over a lock of another machine, which it cannot check', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: deadPid(), host: 'nas-scanner-2', since: '2026-11-27T01:00:00.000Z' }));
    await expect(lockState(dir)).rejects.toThrow(/on nas-scanner-2 since 2026-11-27T01:00:00.000Z/);
  });

  it('releases only its own lock, not one a later run took over', async () => {
    const dir = fresh();
    const lock = await lockState(dir);
    const other = { pid: process.pid, host: hostname(), since: '2099-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, 'lock'), JSON.stringify(other));
    await lock.release();
    expect(JSON.parse(readFileSync(join(dir, 'lock'), 'utf8'))).toEqual(other);
  });

  it('makes a scan with --state fail in one line while another run holds it, and leaves the state as it was', async () => {
    const dir = fresh();
    const state = join(dir, 'state');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'a.csv'), '姓名,手机号\n张伟,13812345678\n');
    mkdirSync(state);
    const held = await lockState(state);
    const r = await piscan(['scan', join(dir, 'data'), '--state', state, '--hash-key', 'k', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`piscan: scan failed: --state ${state} is in use by another piscan run (pid ${process.pid} on ${hostname()} since ${JSON.parse(readFileSync(join(state, 'lock'), 'utf8')).since}); if none is running, remove ${join(state, 'lock')}`]);
    expect(readdirSync(join(state, 'history'))).toEqual([]);
    await held.release();
    const ok = await piscan(['scan', join(dir, 'data'), '--state', state, '--hash-key', 'k', '-q']);
    expect(ok.code).toBe(0);
    expect(readdirSync(join(state, 'history')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(existsSync(join(state, 'lock'))).toBe(false);
  });
});
