// UPU S10 item identifiers (EMS and international post: EA123456785CN): two service
// letters, eight serial digits, a mod-11 check digit (weights 8 6 4 2 3 5 9 7), and an
// ISO 3166 country code.
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

export function upuS10CheckDigit(serial8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (serial8.charCodeAt(i) - 48) * WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

export function isUpuS10(value: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(value);
  return m !== null && upuS10CheckDigit(m[1]) === Number(m[2]);
}
