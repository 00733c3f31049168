// WGS 84 coordinates: a latitude/longitude pair (either order) or one coordinate of a
// lat/lng column. Plausibility: in range, with the precision a positioning device
// writes (three or more decimals), and not the (0, 0) that stands for "no fix".

const NUMBER = /^-?\d{1,3}\.(\d+)$/;

function coordinate(s: string, limit: number): number | undefined {
  const m = NUMBER.exec(s);
  if (!m || m[1].length < 3) return undefined;
  const n = Number(s);
  return Math.abs(n) <= limit ? n : undefined;
}

/** `value` is `lat,lng` / `lng,lat` (normalised: no spaces, ASCII comma) or one number. */
export function isWgs84Coordinate(value: string): boolean {
  const parts = value.split(',');
  if (parts.length === 1) return (coordinate(parts[0], 180) ?? 0) !== 0;
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  const latFirst = coordinate(a, 90) !== undefined && coordinate(b, 180) !== undefined;
  const lngFirst = coordinate(a, 180) !== undefined && coordinate(b, 90) !== undefined;
  return (latFirst || lngFirst) && !(Number(a) === 0 && Number(b) === 0);
}
