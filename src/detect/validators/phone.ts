// Mainland mobile numbers are valid only in segments MIIT has allocated; the pattern is
// libphonenumber's CN mobile nationalNumberPattern (PhoneNumberMetadata.xml, commit 1b411cef).
const ALLOCATED_MOBILE = /^1(?:(?:610\d|740[0-5])\d{6}|(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$/;

/** `national` is the 11-digit national number, prefixes already removed. */
export function isAllocatedMobile(national: string): boolean {
  return ALLOCATED_MOBILE.test(national);
}
