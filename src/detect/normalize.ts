// Normalisers turn a matched value into the canonical form that validators check and
// that is hashed, so `138 1234 5678`, `+86 13812345678` and `13812345678` are one key.

export type Normaliser = (raw: string) => string;

const digitsOnly: Normaliser = (raw) => raw.replace(/[^0-9]/g, '');

export const NORMALISERS: Record<string, Normaliser> = {
  digits: digitsOnly,
  cnMobile: (raw) => {
    const d = digitsOnly(raw);
    if (d.length === 15 && d.startsWith('0086')) return d.slice(4);
    if (d.length === 13 && d.startsWith('86')) return d.slice(2);
    return d;
  },
  upper: (raw) => raw.trim().toUpperCase(),
  lower: (raw) => raw.trim().toLowerCase(),
  trim: (raw) => raw.trim().replace(/\s+/g, ' '),
};
