// E-mail addresses: the regex finds the shape; this rejects what RFC 5321 forbids in a
// dot-atom local part and top-level domains that are not letters.
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]);
}
