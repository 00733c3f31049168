// nextMatch must report the spans exec reports, wherever the scan starts, on the
// catalogue's own examples and on texts where UTF-8 and UTF-16 offsets part.
import { describe, expect, it } from 'vitest';
import RE2 from 're2';
import { builtinCatalogue, loadEntitySpecs } from '../../src/detect/catalogue.js';
import { nextMatch } from '../../src/detect/nextMatch.js';

const examples = loadEntitySpecs().flatMap((s) => [...s.examples.match, ...s.examples.noMatch]).map((e) => (typeof e === 'string' ? e : e.value));
const texts = [
  ...examples,
  ...examples.map((e) => `😀前缀 ${e} 后缀`),
  '手机13812345678，身份证110101199003077777，邮箱a@b.cn',
  'x\ud800 13812345678 \udc00y 13912345678',
  // exec gives a lone surrogate inside a match back as U+FFFD.
  '住址：北京\ud800市朝阳区建国路1号',
  '😀13812345678',
  '',
];

function spans(re: RE2, text: string, next: (re: RE2, text: string) => { index: number; text: string } | null, from: number): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  // Bounded: a wrong lastIndex must fail the test, not loop.
  for (let m = next(re, text); m !== null && out.length <= text.length; m = next(re, text)) {
    out.push(`${m.index}:${m.text}:${re.lastIndex}`);
    if (m.text.length === 0) re.lastIndex++;
  }
  return out;
}

const byExec = (re: RE2, text: string): { index: number; text: string } | null => {
  const m = re.exec(text);
  // nextMatch leaves out the empty match exec may find at the very end.
  return m && !(m[0].length === 0 && m.index >= text.length) ? { index: m.index, text: m[0] } : null;
};

describe('nextMatch', () => {
  const { scanner } = builtinCatalogue();
  it.each(texts.map((t) => [JSON.stringify(t), t] as const))('finds what exec finds in %s', (_label, text) => {
    for (const from of [0, 1, 3]) expect(spans(scanner, text, nextMatch, from)).toEqual(spans(scanner, text, byExec, from));
  });
  it('finds an empty match where exec does, and nothing past the end', () => {
    const re = new RE2('x*', 'gu');
    expect(spans(re, 'ab', nextMatch, 0)).toEqual(['0::0', '1::1']);
    re.lastIndex = 2;
    expect(nextMatch(re, 'ab')).toBeNull();
    expect(re.lastIndex).toBe(0);
  });
});

describe('catalogue shapes of alternatives', () => {
  const { alternatives, alternativeSet, shapeSet, shapes } = builtinCatalogue();
  it('maps each text alternative to its own pattern in shapes', () => {
    for (const a of alternatives) {
      if (a.pattern.scope === 'text') expect(shapes[a.shape!]).toMatchObject({ entity: a.entity, shape: { source: a.pattern.regex } });
      else expect(a.shape).toBeUndefined();
    }
  });
  it.each(examples.map((e) => [JSON.stringify(e), e] as const))('reads the shapes of %s off the alternatives', (_label, text) => {
    expect(alternativeSet.match(text).flatMap((i: number) => alternatives[i].shape ?? [])).toEqual(shapeSet.match(text));
  });
});
