import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternsDir } from '../detect/catalogueFiles.js';

/** The version in package.json, which sits beside patterns/. */
export function piscanVersion(): string {
  return (JSON.parse(readFileSync(join(patternsDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;
}
