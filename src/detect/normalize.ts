// Normalisers turn a matched value into the canonical form that validators check and
// that is hashed, so `138 1234 5678`, `+86 13812345678` and `13812345678` are one key.

export type Normaliser = (raw: string) => string;

const digitsOnly: Normaliser = (raw) => raw.replace(/[^0-9]/g, '');

/** Strips a +86 / 0086 country prefix written before a national number. */
const withoutCountryCode = (raw: string): string => raw.trim().replace(/^(?:\+|00)\s*86[\s-]*/, '');

export const NORMALISERS: Record<string, Normaliser> = {
  digits: digitsOnly,
  cnMobile: (raw) => {
    const d = digitsOnly(raw);
    if (d.length === 15 && d.startsWith('0086')) return d.slice(4);
    if (d.length === 13 && d.startsWith('86')) return d.slice(2);
    return d;
  },
  /**
   * `0` + area code + local number, then `-` + extension if there is one. A last group
   * after `-` is an extension only when a whole national number (10+ digits) precedes it,
   * since dashes also split local numbers (010-6234-5678).
   */
  cnLandline: (raw) => {
    const national = withoutCountryCode(raw);
    const marked = /^(.*?)\s*(?:转|ext\.?|x|#)\s*(\d{1,6})$/i.exec(national);
    let main = digitsOnly(marked ? marked[1] : national);
    let ext = marked?.[2];
    const dashed = marked ? undefined : /^(.*\d)-(\d{1,6})$/.exec(national);
    if (dashed && digitsOnly(dashed[1]).replace(/^0?/, '0').length >= 10) {
      main = digitsOnly(dashed[1]);
      ext = dashed[2];
    }
    const withTrunk = main.startsWith('0') ? main : '0' + main;
    return ext ? `${withTrunk}-${ext}` : withTrunk;
  },
  /** `yyyymmdd` from 1990-1-2, 1990/01/02, 1990.1.2, 1990年1月2日 or 19900102. */
  isoDate: (raw) => {
    const m = /^(\d{4})\D?(\d{1,2})\D?(\d{1,2})\D?$/.exec(raw.trim());
    return m ? m[1] + m[2].padStart(2, '0') + m[3].padStart(2, '0') : raw.trim();
  },
  /**
   * `lat,lng` in signed decimal degrees, from `a, b`, `a/b`, `29.4 N 122.1 E` (S and W
   * negative) or `116.39 北纬39.91` (a hemisphere word marks its number: the other one is
   * the other axis); an unmarked pair keeps its order.
   */
  wgs84Pair: (raw) => {
    const text = raw.normalize('NFKC').toUpperCase();
    const numbers = [...text.matchAll(/(北纬|南纬|东经|西经|纬度|经度)?\s*[:=]?\s*(-?\d{1,3}\.\d+)\s*[°度]?\s*([NSEW])?/g)];
    if (numbers.length !== 2) return text.replace(/[\s°度]+/g, '');
    const axes = numbers.map(([, word, , letter]) => hemisphere(word ?? letter));
    const values = numbers.map(([, , n], i) => (axes[i]?.negative ? `-${n.replace(/^-/, '')}` : n));
    const latFirst = axes[0]?.axis === 'lat' || axes[1]?.axis === 'lng';
    const lngFirst = axes[0]?.axis === 'lng' || axes[1]?.axis === 'lat';
    return lngFirst && !latFirst ? `${values[1]},${values[0]}` : `${values[0]},${values[1]}`;
  },
  /** No spaces, ASCII commas: coordinates, hexadecimal identifiers. */
  compactUpper: (raw) => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase(),
  upper: (raw) => raw.trim().toUpperCase(),
  lower: (raw) => raw.trim().toLowerCase(),
  trim: (raw) => raw.trim().replace(/\s+/g, ' '),
};

/** The axis and sign a hemisphere letter or word gives its number. */
function hemisphere(mark: string | undefined): { axis: 'lat' | 'lng'; negative: boolean } | undefined {
  if (mark === undefined) return undefined;
  const axis = /[NS北南纬]/.test(mark) && !mark.includes('经') ? 'lat' : 'lng';
  return { axis, negative: /[SW南西]/.test(mark) };
}
