// Sums of per-type entity counts: over a file's ranges, and over a scan's files.
import type { EntityCount } from '../types.js';

export function emptyEntityCount(): EntityCount {
  return { found: 0, unverified: 0, excluded: 0 };
}

export function addEntityCount(total: EntityCount, n: EntityCount): void {
  total.found += n.found;
  total.unverified += n.unverified;
  total.excluded += n.excluded;
}
