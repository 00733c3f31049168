// IPv4 host addresses (RFC 791 dotted quad, no leading zeros). Addresses that never
// name a person's device are left out: unspecified, loopback, broadcast, multicast.
export function isIpv4HostAddress(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return false;
  const [a] = parts.map(Number);
  return a !== 0 && a !== 127 && a < 224;
}

/**
 * A host address outside the private and shared ranges (RFC 1918 10/8, 172.16/12, 192.168/16;
 * RFC 6598 100.64/10; RFC 3927 169.254/16): a bare private address in a log is mostly a
 * server or a gateway, named by no one outside its network. Under a client-IP column or
 * keyword a private address counts (the type's context pattern).
 */
export function isPublicIpv4HostAddress(value: string): boolean {
  if (!isIpv4HostAddress(value)) return false;
  const [a, b] = value.split('.').map(Number);
  return !(a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254));
}
