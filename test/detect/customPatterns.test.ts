// --patterns: a user's entity types join the catalogue, carry their category into
// classification, and a broken file is refused in one line naming the pattern.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { builtinVocabulary } from '../../src/classify/vocabulary.js';
import { catalogueWith, checkPatternFiles } from '../../src/detect/customPatterns.js';
import { Detector } from '../../src/detect/detector.js';
import { NOW } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-patterns-'));
function patternFile(name: string, body: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const staff = patternFile('staff.json', {
  entities: [
    {
      id: 'patient_no',
      kind: 'identifier',
      category: 'health',
      patterns: [{ regex: '\\bMRN\\d{8}\\b', confidence: 0.9 }, { regex: '\\b\\d{8}\\b', requiresContext: true, confidence: 0.6 }],
      validator: 'luhn',
      normalizer: 'digits',
      keywords: ['病历号'],
      examples: { match: ['MRN12345674', '病历号 12345674'], noMatch: ['MRN12345675', '12345674'] },
    },
  ],
});

describe('custom entity types', () => {
  it('are found with their validator and context rule, and their examples pass', () => {
    expect(() => checkPatternFiles([staff], NOW)).not.toThrow();
    const d = new Detector({ catalogue: catalogueWith([staff]), dates: { now: NOW } });
    const found = d.detect({ sheet: null, index: 1, fields: [{ name: null, value: '患者病历号 12345674，MRN12345674' }] });
    expect(found.filter((f) => f.verified).map((f) => f.entity.spec.id)).toEqual(['patient_no']);
  });

  it('make a record evidence of their category', () => {
    const record = { sheet: null, index: 1, fields: [{ name: '编号', value: 'MRN12345674' }] };
    const d = new Detector({ catalogue: catalogueWith([staff]), dates: { now: NOW } });
    expect(classify(record, builtinVocabulary(), d.detect(record))).toBe('health');
    expect(classify(record, builtinVocabulary())).toBe('general');
  });

  it('--min-confidence drops findings below it', () => {
    const catalogue = catalogueWith([staff]);
    const record = { sheet: null, index: 1, fields: [{ name: null, value: '病历号 12345674' }] };
    expect(new Detector({ catalogue, dates: { now: NOW }, minConfidence: 0.65 }).detect(record)).toHaveLength(1);
    expect(new Detector({ catalogue, dates: { now: NOW }, minConfidence: 0.75 }).detect(record)).toHaveLength(0);
  });

  it.each([
    ['an invalid RE2', { id: 'bad_re', patterns: ['(?<=x)\\d+'] }, /pattern bad_re: invalid RE2 pattern/],
    ['an unknown validator', { id: 'bad_val', patterns: ['\\d{4}'], validator: 'nope' }, /pattern bad_val: unknown validator "nope"/],
    ['a context-free rule without a validator', { id: 'bad_bare', patterns: [{ regex: '\\d{15}', requiresContext: true, besideLinkingIdentifier: { confidence: 0.6 } }] }, /pattern bad_bare: besideLinkingIdentifier needs a validator/],
    ['a context-free rule without a confidence', { id: 'bad_conf', patterns: [{ regex: '\\d{15}', requiresContext: true, besideLinkingIdentifier: { validator: 'luhn' } }] }, /pattern bad_conf: besideLinkingIdentifier needs a confidence/],
    ['a notAfter that is no RE2', { id: 'bad_after', patterns: [{ regex: '\\d{4}', notAfter: '(?<=x)' }] }, /pattern bad_after: invalid RE2 pattern/],
    ['a notAfter that is no string', { id: 'bad_after2', patterns: [{ regex: '\\d{4}', notAfter: 5 }] }, /pattern bad_after2: "notAfter" must be a regex string/],
    ['a failing example', { id: 'bad_ex', patterns: ['\\d{4}'], examples: { match: ['abc'] } }, /pattern bad_ex: example "abc" is not found/],
    ['a built-in id', { id: 'cn_mobile', patterns: ['\\d{4}'] }, /pattern cn_mobile: this id is a built-in type/],
  ])('refuse %s in one line naming the pattern', (_what, spec, message) => {
    const file = patternFile(`${(spec as { id: string }).id}.json`, { entities: [spec] });
    let error = '';
    try {
      checkPatternFiles([file], NOW);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });
});
