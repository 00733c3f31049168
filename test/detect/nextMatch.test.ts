// nextMatch must report the spans exec reports, wherever the scan starts, on the
// catalogue's own examples and on texts where UTF-8 and UTF-16 offsets part.
import { describe, expect, it } from 'vitest';
import RE2 from 're2';
import { builtinCatalogue, loadEntitySpecs, withoutCaptures } from '../../src/detect/catalogue.js';
import { nextMatch, PartsScan, type ScannerPart } from '../../src/detect/nextMatch.js';
import { Utf8Text } from '../../src/detect/utf8Text.js';

const examples = loadEntitySpecs().flatMap((s) => [...s.examples.match, ...s.examples.noMatch]).map((e) => (typeof e === 'string' ? e : e.value));
const texts = [
  ...examples,
  ...examples.map((e) => `😀前缀 ${e} 后缀`),
  '手机13812345678，身份证110101199003077777，邮箱a@b.cn',
  'x\ud800 13812345678 \udc00y 13912345678',
  // exec gives a lone surrogate inside a match back as U+FFFD.
  '住址：北京\ud800市朝阳区建国路1号',
  '😀13812345678',
  // Resumed at 1, the text from there on has a word boundary and a start that the whole text has not.
  'a13812345678 13912345678',
  'x2026-11-01 10:00:00 张三：在吗',
  '',
];

/** index:match:end of every match from `from` on, each scan resuming at the previous end. */
function byNextMatch(re: RE2, sticky: RE2, text: string, from: number): string[] {
  return byParts([{ re, sticky }], text, from);
}

function byParts(parts: ScannerPart[], text: string, from: number): string[] {
  const out: string[] = [];
  const scan = new PartsScan(parts, new Utf8Text(text));
  // Bounded: a wrong end must fail the test, not loop.
  for (let m = scan.next(from); m !== null && out.length <= text.length; m = scan.next(from)) {
    expect(m.bytes.toString('utf8')).toBe(m.text);
    out.push(`${m.index}:${m.text}:${m.end}`);
    from = m.end + (m.text.length === 0 ? 1 : 0);
  }
  return out;
}

function byExec(re: RE2, text: string, from: number): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && out.length <= text.length; m = re.exec(text)) {
    // nextMatch leaves out the empty match exec may find at the very end.
    if (m[0].length === 0 && m.index >= text.length) break;
    out.push(`${m.index}:${m[0]}:${re.lastIndex}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('nextMatch', () => {
  const { alternatives, scannerParts } = builtinCatalogue();
  // The catalogue's alternation whole, as one RE2: what its parts together must find.
  const whole = alternatives.map((a) => `(?:${withoutCaptures(a.pattern.regex)})`).join('|');
  const [scanner, stickyScanner] = [new RE2(whole, 'gu'), new RE2(whole, 'uy')];
  it.each(texts.map((t) => [JSON.stringify(t), t] as const))('finds what exec finds in %s, whole and in parts', (_label, text) => {
    // Scans resume at a character (the detector never resumes inside a surrogate pair).
    const starts = [...text.matchAll(/./gsu)].map((m) => m.index!);
    for (const from of [0, starts[1] ?? 1, starts[3] ?? 3]) {
      const expected = byExec(scanner, text, from);
      expect(byNextMatch(scanner, stickyScanner, text, from)).toEqual(expected);
      expect(byParts(scannerParts, text, from)).toEqual(expected);
    }
  });
  it('finds, from every position in turn, what exec finds from there, with the parts kept between calls', () => {
    // The detector resumes inside a match it rejected (a label without a value), so a kept
    // part's match must hold for any later start up to it.
    for (const text of texts) {
      const scan = new PartsScan(scannerParts, new Utf8Text(text));
      for (const from of [...text.matchAll(/./gsu)].map((m) => m.index!)) {
        const m = scan.next(from);
        expect(m === null ? [] : [`${m.index}:${m.text}:${m.end}`]).toEqual(byExec(scanner, text, from).slice(0, 1));
      }
    }
  });
  it('takes the leftmost match of the parts, and the earlier part at a tie', () => {
    const part = (source: string): ScannerPart => ({ re: new RE2(source, 'gu'), sticky: new RE2(source, 'uy') });
    expect(byParts([part('b+'), part('ab|b')], 'xabb', 0)).toEqual(['1:ab:3', '3:b:4']);
    expect(byParts([part('ab'), part('abb')], 'abb', 0)).toEqual(['0:ab:2']);
    expect(scannerParts.length).toBeGreaterThan(1);
  });
  it('finds an empty match where exec does, and nothing past the end', () => {
    const [re, sticky] = [new RE2('x*', 'gu'), new RE2('x*', 'uy')];
    expect(byNextMatch(re, sticky, 'ab', 0)).toEqual(['0::0', '1::1']);
    expect(nextMatch(re, sticky, new Utf8Text('ab'), 2)).toBeNull();
  });
});

describe('Utf8Text', () => {
  it.each(['abc', '手机a😀b\ud800c', ''])('maps string indices to byte offsets and back in %j', (text) => {
    const t = new Utf8Text(text);
    expect(t.bytes).toEqual(Buffer.from(text, 'utf8'));
    for (const i of [...text.matchAll(/./gsu)].map((m) => m.index!).concat(text.length)) {
      const offset = Buffer.byteLength(text.slice(0, i));
      expect([t.offset(i), t.index(offset)]).toEqual([offset, i]);
    }
  });
  it('encodes a text longer than its scratch buffer whole', () => {
    const text = '号'.repeat(70_000) + 'a';
    expect(new Utf8Text(text).slice(3 * 70_000 - 3, 3 * 70_000 + 1)).toBe('号a');
  });
});

describe('catalogue shapes of alternatives', () => {
  const { alternatives, alternativeSet, shapeSet, shapes, stickyText, stickyTextSet } = builtinCatalogue();
  it.each(texts.map((t) => [JSON.stringify(t), t] as const))('asks the sticky-text set for every text pattern that matches at each position of %s', (_label, text) => {
    const subject = new Utf8Text(text);
    for (const at of [...text.matchAll(/./gsu)].map((m) => m.index!)) {
      const asked = new Set(stickyTextSet.match(subject.bytes.subarray(subject.previous(subject.offset(at)))));
      const matching = stickyText.flatMap((re, i) => {
        re.lastIndex = at;
        return re.test(text) ? [i] : [];
      });
      for (const i of matching) expect(asked.has(i)).toBe(true);
    }
  });
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
