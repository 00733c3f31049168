// piscan.config.json / .yaml: the flags of a scheduled job written down once. Keys are the
// options' long names in camelCase (maxFileSize, failOn, …) plus `roots`; each value is
// checked exactly as the flag would be, and flags given on the command line win.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { builtinPolicyFile } from '../assess/policy.js';

export const CONFIG_NAMES = ['piscan.config.json', 'piscan.config.yaml', 'piscan.config.yml'];

/** Keys whose values are paths: relative to the config file's folder, not to the current one. */
const PATH_KEYS = new Set(['roots', 'output', 'findings', 'state', 'logFile', 'report', 'filesCsv', 'patterns']);

export class ConfigError extends Error {}

export interface LoadedConfig {
  file: string;
  roots?: string[];
  values: Map<string, unknown>;
}

/** --config FILE, else the first piscan.config.* in the current folder, else none. */
export function findConfig(explicit: string | undefined, cwd = process.cwd()): string | undefined {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new ConfigError(`config ${explicit}: no such file`);
    return explicit;
  }
  return CONFIG_NAMES.map((n) => resolve(cwd, n)).find((f) => existsSync(f));
}

/**
 * Reads and checks a config file against the options of every command (`known`), so one
 * file serves scan, check and diff; a key no command knows, or a bad value, is one line.
 */
export function loadConfig(file: string, known: readonly Option[]): LoadedConfig {
  const fail = (what: string): never => {
    throw new ConfigError(`config ${file}: ${what}`);
  };
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = ['.yaml', '.yml'].includes(extname(file).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    return fail((e as Error).message.split('\n')[0]);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return fail('must be an object of settings');
  const base = dirname(resolve(file));
  const values = new Map<string, unknown>();
  let roots: string[] | undefined;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'roots') {
      if (!isStringList(value) || value.length === 0) fail('"roots" must be a non-empty list of paths');
      roots = (value as string[]).map((p) => resolve(base, p));
      continue;
    }
    if (key === 'hashKey') return fail('"hashKey" is a secret and is not read from a config file: use PISCAN_HASH_KEY or --hash-key');
    // Commands may differ in an option's choices (scan --format table, check --format text): any may accept it.
    const options = known.filter((o) => o.attributeName() === key && o.long !== '--config');
    if (options.length === 0) return fail(`unknown key "${key}" (known: roots, ${[...new Set(known.map((o) => o.attributeName()))].filter((k) => k !== 'config').join(', ')})`);
    const errors: string[] = [];
    const checked = options.map((o) => checkValue(o, value, (what) => (errors.push(what), undefined))).find((v) => v !== undefined);
    if (checked === undefined) return fail(errors[0]);
    values.set(key, PATH_KEYS.has(key) || (key === 'policy' && !builtinPolicyFile(String(checked))) ? resolvePath(base, checked) : checked);
  }
  return { file, roots, values };
}

/** Fills every option of `cmd` that was not given on the command line from the config. */
export function applyConfig(cmd: Command, config: LoadedConfig): void {
  for (const [key, value] of config.values) {
    const option = cmd.options.find((o) => o.attributeName() === key);
    if (!option || (option.argChoices && !option.argChoices.includes(String(value)))) continue;
    const source = cmd.getOptionValueSource(key);
    if (source === 'cli' || source === 'env') continue;
    cmd.setOptionValueWithSource(key, value, 'config');
  }
}

/** The value as the flag would parse it, or undefined after `fail` was told why not. */
function checkValue(option: Option, value: unknown, fail: (what: string) => undefined): unknown {
  const key = option.attributeName();
  if (option.isBoolean()) {
    return typeof value === 'boolean' ? value : fail(`"${key}" must be true or false`);
  }
  if (Array.isArray(option.defaultValue)) {
    return isStringList(value) ? value : fail(`"${key}" must be a list of strings`);
  }
  if (typeof value !== 'string' && typeof value !== 'number') return fail(`"${key}" must be a string or a number`);
  const text = String(value);
  if (option.argChoices && !option.argChoices.includes(text)) return fail(`"${key}" must be one of ${option.argChoices.join(', ')}`);
  if (!option.parseArg) return text;
  try {
    return option.parseArg(text, undefined);
  } catch (e) {
    if (e instanceof InvalidArgumentError) return fail(`"${key}": ${e.message}`);
    throw e;
  }
}

function resolvePath(base: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => resolvePath(base, v));
  return typeof value === 'string' && !isAbsolute(value) ? resolve(base, value) : value;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
