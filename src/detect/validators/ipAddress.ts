// IPv4 host addresses (RFC 791 dotted quad, no leading zeros). Addresses that never
// name a person's device are left out: unspecified, loopback, broadcast, multicast.
export function isIpv4HostAddress(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return false;
  const [a] = parts.map(Number);
  return a !== 0 && a !== 127 && a < 224;
}
