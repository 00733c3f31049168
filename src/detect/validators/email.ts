// E-mail addresses: the regex finds the shape; this rejects what RFC 5321 forbids in a
// dot-atom local part, and a top-level domain that is not in the root zone: an OData
// annotation ("customerid_account@odata.bind") or a file name (icon@2x.png) has the shape.
import { createRequire } from 'node:module';

/** IANA's delegated top-level domains (the tlds package, generated from data.iana.org). */
let topLevelDomains: Set<string> | undefined;

export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  topLevelDomains ??= new Set(createRequire(import.meta.url)('tlds') as string[]);
  return labels.length >= 2 && topLevelDomains.has(labels[labels.length - 1].toLowerCase());
}
