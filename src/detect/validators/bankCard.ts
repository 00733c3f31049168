// Payment cards: 16-19 digits, Luhn-valid, and an issuer identification number of a
// scheme that issues cards in China (ISO/IEC 7812 IIN ranges).
import { luhn } from './luhn.js';

const ISSUER = /^(?:62|81|4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|35(?:2[89]|[3-8]\d)|60|65|955|9400)/;

export function isBankCard(digits: string): boolean {
  return digits.length >= 16 && digits.length <= 19 && ISSUER.test(digits) && luhn(digits);
}
