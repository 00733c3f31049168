// Whether a UTF-16 code unit is a CJK ideograph (the unified block with extension A, and the
// compatibility ideographs), for scans that walk a string by code: a key's characters in a
// log line, the first character of an address.

export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}
