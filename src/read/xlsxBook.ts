// What a streamed .xlsx sheet needs before its first row: the worksheets in order with
// their names, the shared strings, and which cell styles are dates.
import { isBuiltinDateFormat, isDateFormat } from './cellDates.js';
import { RichText } from './xlsxText.js';
import { isRelationship, type XlsxPackage } from './xlsxPackage.js';

export interface XlsxBook {
  sheets: { name: string; part: string }[];
  /** The shared-string table, by index. */
  strings: string[];
  /** Per cell style (`<c s="…">`): whether its number format is a date. */
  dateStyles: boolean[];
}

/** The book's parts, or null when the package is no workbook of XML parts (.xlsb, .ods). */
export async function readBook(pkg: XlsxPackage): Promise<XlsxBook | null> {
  const main = (await pkg.relationships('')).find((r) => isRelationship(r, 'officeDocument'));
  if (!main || !main.part.endsWith('.xml') || !pkg.has(main.part)) return null;
  const rels = await pkg.relationships(main.part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: XlsxBook['sheets'] = [];
  await pkg.parse(main.part, {
    open: (name, a) => {
      const target = name === 'sheet' ? byId.get(a.id) : undefined;
      // chart and dialog sheets hold no cells
      if (target && isRelationship(target, 'worksheet') && pkg.has(target.part)) sheets.push({ name: a.name ?? '', part: target.part });
    },
    close: () => {},
    text: () => {},
  });
  const partOf = (kind: string): string | undefined => rels.find((r) => isRelationship(r, kind) && pkg.has(r.part))?.part;
  const stringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  return {
    sheets,
    strings: stringsPart ? await sharedStrings(pkg, stringsPart) : [],
    dateStyles: stylesPart ? await dateStyles(pkg, stylesPart) : [],
  };
}

/** `<sst><si>…</si>…</sst>`: each item's text, runs joined, phonetic guides left out. */
async function sharedStrings(pkg: XlsxPackage, part: string): Promise<string[]> {
  const strings: string[] = [];
  let item: RichText | null = null;
  await pkg.parse(part, {
    open: (name) => {
      if (name === 'si') item = new RichText();
      else item?.open(name);
    },
    close: (name) => {
      if (name === 'si' && item) {
        strings.push(item.text());
        item = null;
      } else item?.close(name);
    },
    text: (t) => item?.append(t),
  });
  return strings;
}

/** `<cellXfs><xf numFmtId="…"/>…</cellXfs>` against the built-in and the file's own `<numFmts>`. */
async function dateStyles(pkg: XlsxPackage, part: string): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await pkg.parse(part, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => {},
  });
  return styleFormats.map((id) => {
    const own = formats.get(id);
    return own !== undefined ? isDateFormat(own) : isBuiltinDateFormat(id);
  });
}
