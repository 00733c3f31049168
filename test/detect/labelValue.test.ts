// A label's value must be what exec's group 1 gives, however the pattern is cut: on every
// label pattern of the catalogue, at every span of it in the examples of every type.
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue, loadEntitySpecs } from '../../src/detect/catalogue.js';
import { LabelValue, splitAtCapture } from '../../src/detect/labelValue.js';

const examples = loadEntitySpecs().flatMap((s) => [...s.examples.match, ...s.examples.noMatch]).map((e) => (typeof e === 'string' ? e : e.value));
const texts = [...examples, ...examples.map((e) => `😀前缀 ${e} 后缀`), '姓名：王芳，电话13812345678', '姓名： 王芳', '收件人：欧阳娜娜(13812345678)'];

describe('splitAtCapture', () => {
  it('cuts a pattern around its first capture group at the top level', () => {
    expect(splitAtCapture('姓名[:：]\\s*([\\p{Han}]{2,4})(?:[^\\p{Han}]|$)')).toEqual(['姓名[:：]\\s*', '[\\p{Han}]{2,4}', '(?:[^\\p{Han}]|$)']);
    expect(splitAtCapture('x[(]y(z)w')).toEqual(['x[(]y', 'z', 'w']);
    expect(splitAtCapture('a\\(b(?P<v>\\d+)')).toEqual(['a\\(b', '\\d+', '']);
  });
  it('does not cut a group inside another, a repeated group, or a pattern with a top-level alternation', () => {
    expect(splitAtCapture('(?:x(a))b')).toBeUndefined();
    expect(splitAtCapture('(a)?b')).toBeUndefined();
    expect(splitAtCapture('a(b)|c')).toBeUndefined();
    expect(splitAtCapture('ab')).toBeUndefined();
  });
});

describe('LabelValue', () => {
  const labels = builtinCatalogue().alternatives.filter((a) => a.pattern.scope === 'label');
  it.each(labels.map((a) => [`${a.entity.spec.id} ${a.pattern.regex}`, a] as const))('reads what exec reads: %s', (_label, alt) => {
    const anywhere = new RE2(alt.pattern.regex, 'gu');
    const anchored = new RE2(`^(?:${alt.pattern.regex})$`, 'u');
    let spans = 0;
    for (const text of texts) {
      anywhere.lastIndex = 0;
      for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
        if (m[0].length === 0) break;
        spans++;
        expect(alt.label!.valueOf({ text: m[0], bytes: Buffer.from(m[0]) })).toBe(anchored.exec(m[0])?.[1]);
      }
    }
    expect(spans).toBeGreaterThan(0);
  });
  it('answers with exec where the label’s first choice leaves no value (greedy label, value of the same characters)', () => {
    const source = '[a-z]*(b+)c';
    const label = new LabelValue(source, new RE2(`^(?:${source})$`, 'u'));
    expect(label.valueOf({ text: 'abbc', bytes: Buffer.from('abbc') })).toBe('b');
  });
});
