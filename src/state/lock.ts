// One run at a time per state directory. Two overlapping runs (a nightly scan still going
// when the next one starts) would each replace the other's saved contributions and remove
// the other's temporary files as stale. The lock file names its holder; a holder on this
// machine that is no longer running (killed, crashed) left it stale, and it is taken over.
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** The lock is held by a run that is still going: this run cannot use the state now (exit 1, not a usage error). */
export class StateLockedError extends Error {}

export interface StateLock {
  release(): Promise<void>;
}

export async function lockState(dir: string): Promise<StateLock> {
  const file = join(dir, 'lock');
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // Written whole beside the lock, then linked to its name: link fails if the name exists, so
  // of two runs starting together exactly one gets the lock, and a lock is never half-written.
  const tmp = join(dir, `.lock.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(me) + '\n');
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tmp, file);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = await readHolder(file);
        // A second refusal means another run took the stale lock first.
        if (attempt > 0 || (holder && isRunning(holder))) {
          const who = holder ? `pid ${holder.pid} on ${holder.host} since ${holder.since}` : 'unknown';
          throw new StateLockedError(`--state ${dir} is in use by another piscan run (${who}); if none is running, remove ${file}`);
        }
        await rm(file, { force: true });
      }
    }
  } finally {
    await rm(tmp, { force: true });
  }
  return {
    release: async () => {
      const holder = await readHolder(file);
      if (holder?.pid === me.pid && holder.host === me.host && holder.since === me.since) await rm(file, { force: true });
    },
  };
}

async function readHolder(file: string): Promise<Holder | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as Holder);
  } catch {
    return undefined;
  }
}

/** Whether the holder may still be running: on another machine (a shared state folder) it cannot be told, so it may. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
