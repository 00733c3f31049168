// A state directory makes scans incremental (--state DIR). It holds keyed hashes and
// masked values only, so it needs the same key on every run: the user's --hash-key /
// PISCAN_HASH_KEY, or else a key generated on first use and kept in DIR/key (mode 0600).
//
//   DIR/state.json        schema and a check value of the key (never the key itself)
//   DIR/key               the generated key, when the user gave none
//   DIR/files/<id>.jsonl.gz  what one scanned file contributed (src/state/contributionStore.ts)
//   DIR/history/<run>.json, <run>.persons   each finished run (src/state/history.ts)
//   DIR/lock              the run using the state now (src/state/lock.ts)
import { createHmac } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomicWrite.js';
import { randomHashKey } from '../resolve/keyedHash.js';
import { lockState, type StateLock } from './lock.js';

export const STATE_SCHEMA = 'piscan.state/1';

export interface StateDir {
  dir: string;
  key: string;
  filesDir: string;
  historyDir: string;
  /** Held from openState until released (state/lock.ts). */
  lock: StateLock;
}

interface StateMeta {
  schema: string;
  keyCheck: string;
  keySource: 'user' | 'generated';
}

/** A state directory that cannot be used as asked (wrong key, not a state folder): a usage error. */
export class StateError extends Error {}

export async function openState(dir: string, userKey: string | undefined): Promise<StateDir> {
  const filesDir = join(dir, 'files');
  const historyDir = join(dir, 'history');
  await mkdir(filesDir, { recursive: true });
  await mkdir(historyDir, { recursive: true });
  const lock = await lockState(dir);
  try {
    const key = await stateKey(dir, userKey);
    await removeStaleTemps(filesDir);
    return { dir, key, filesDir, historyDir, lock };
  } catch (e) {
    await lock.release();
    throw e;
  }
}

/** The state's hash key — the user's, else the one generated on first use — checked against the state, and recorded on first use. */
async function stateKey(dir: string, userKey: string | undefined): Promise<string> {
  const meta = await readMeta(dir);
  const key = userKey ?? (await readKeyFile(dir)) ?? (meta ? undefined : randomHashKey());
  if (key === undefined) {
    throw new StateError(`--state ${dir}: it was built with a hash key given by --hash-key or PISCAN_HASH_KEY; give the same key`);
  }
  if (meta && meta.keyCheck !== keyCheck(key)) {
    throw new StateError(`--state ${dir}: the hash key differs from the one this state was built with (use the same --hash-key / PISCAN_HASH_KEY, or a new state folder)`);
  }
  if (!meta) {
    const keySource = userKey === undefined ? 'generated' : 'user';
    if (keySource === 'generated') await writeFileAtomic(join(dir, 'key'), key + '\n', 0o600);
    const fresh: StateMeta = { schema: STATE_SCHEMA, keyCheck: keyCheck(key), keySource };
    await writeFileAtomic(join(dir, 'state.json'), JSON.stringify(fresh, null, 2) + '\n');
  }
  return key;
}

/** Opens an existing state directory for reading only (diff, --since): no key needed. */
export async function existingState(dir: string): Promise<Pick<StateDir, 'dir' | 'historyDir'>> {
  if (!(await readMeta(dir))) throw new StateError(`--state ${dir}: not a piscan state folder (no state.json)`);
  return { dir, historyDir: join(dir, 'history') };
}

async function readMeta(dir: string): Promise<StateMeta | undefined> {
  const text = await readFile(join(dir, 'state.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const meta = JSON.parse(text) as StateMeta;
  if (meta.schema !== STATE_SCHEMA) throw new StateError(`--state ${dir}: state schema ${meta.schema}, expected ${STATE_SCHEMA}`);
  return meta;
}

async function readKeyFile(dir: string): Promise<string | undefined> {
  const text = await readFile(join(dir, 'key'), 'utf8').catch(() => undefined);
  return text?.trim() || undefined;
}

/** Tells whether a key is the state's key without storing anything a key could be guessed from. */
function keyCheck(key: string): string {
  return createHmac('sha256', key).update('piscan state key check').digest('hex').slice(0, 16);
}

/** Temporary files of a run that was killed before it renamed them. */
async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  }
}
