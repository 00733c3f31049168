// piscan.config.json / .yaml: a scheduled job's settings in one file; flags win; a wrong
// key or value is one line and exit 2.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { piscan } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-config-'));
mkdirSync(join(dir, 'share', 'hr'), { recursive: true });
mkdirSync(join(dir, 'share', 'tmp'), { recursive: true });
writeFileSync(join(dir, 'share', 'hr', 'staff.csv'), '姓名,手机号\n张伟,13812345678\n李娜,13912345678\n');
writeFileSync(join(dir, 'share', 'tmp', 'copy.csv'), '姓名,手机号\n王芳,13712345678\n');
writeFileSync(
  join(dir, 'piscan.config.yaml'),
  ['# nightly scan of the share', 'roots: [share]', 'exclude: ["tmp/**"]', 'policy: cn-criminal-duty', 'format: json', 'workers: 0', 'quiet: true', ''].join('\n'),
);

describe('config file', () => {
  it('is found in the current folder and supplies roots, excludes, policy and format', async () => {
    const r = await piscan(['scan'], {}, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.policy).toMatchObject({ id: 'cn-criminal-duty', dutyHolder: true });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['hr/staff.csv']);
  });

  it('gives way to flags on the command line', async () => {
    const r = await piscan(['scan', '--format', 'table', '--policy', 'cn-criminal'], {}, dir);
    expect(r.stdout).toMatch(/^piscan .* — .*share/);
    expect(r.stdout).toMatch(/policy: cn-criminal\n/);
  });

  it('may be given with --config, as JSON, with paths relative to the file', async () => {
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'piscan.json'), JSON.stringify({ roots: ['../share/tmp'], format: 'json', quiet: true, workers: 0 }));
    const r = await piscan(['scan', '--config', join(other, 'piscan.json')]);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['copy.csv']);
  });

  it('serves scan, check and diff alike: state from the file, a format each command knows', async () => {
    const job = join(dir, 'job');
    mkdirSync(job, { recursive: true });
    writeFileSync(join(job, 'piscan.config.json'), JSON.stringify({ roots: ['../share/hr'], state: 'state', format: 'json', quiet: true, workers: 0 }));
    expect((await piscan(['scan'], {}, job)).code).toBe(0);
    expect((await piscan(['scan'], {}, job)).code).toBe(0);
    const diff = await piscan(['diff'], {}, job);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout)).toMatchObject({ schema: 'piscan.diff/1', persons: { before: 2, after: 2, delta: 0 } });
    const check = await piscan(['check'], {}, job);
    expect(JSON.parse(check.stdout)).toMatchObject({ schema: 'piscan.verdict/1', level: 'none' });
    writeFileSync(join(job, 'piscan.config.json'), JSON.stringify({ roots: ['../share/hr'], format: 'text', quiet: true, workers: 0 }));
    expect((await piscan(['check'], {}, job)).stdout).toMatch(/^NONE — policy cn-criminal/);
    expect((await piscan(['scan'], {}, job)).stdout).toMatch(/^piscan .* — /);
  });

  it.each([
    ['an unknown key', { roots: ['share'], colour: 'red' }, /config .*: unknown key "colour"/],
    ['a bad value', { workers: -1 }, /config .*: "workers": expected a whole number ≥ 0/],
    ['a value outside the choices', { format: 'xml' }, /config .*: "format" must be one of table, json/],
    ['a wrong type', { exclude: 'tmp/**' }, /config .*: "exclude" must be a list of strings/],
    ['a bad size', { maxFileSize: 'huge' }, /config .*: "maxFileSize": expected a size/],
    ['the hash key (a secret)', { hashKey: 'k' }, /"hashKey" is a secret/],
    ['broken JSON', '{"roots": [', /config .*bad\.json: /],
  ])('rejects %s in one line with exit 2', async (_what, content, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    const r = await piscan(['scan', join(dir, 'share'), '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('names a missing --config file', async () => {
    const r = await piscan(['scan', '--config', join(dir, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config .*nope\.yaml: no such file/);
  });
});
