// Shared test helpers: a detector over the shipped catalogue, records from examples.
import { builtinCatalogue } from '../src/detect/catalogue.js';
import { Detector, type Found } from '../src/detect/detector.js';
import { exampleRecord } from '../src/detect/examples.js';

export const NOW = new Date('2026-11-22T00:00:00Z');

export function detector(): Detector {
  return new Detector({ catalogue: builtinCatalogue(), dates: { now: NOW } });
}

export const recordOf = exampleRecord;

export function verifiedTypes(found: Found[]): string[] {
  return found.filter((f) => f.verified).map((f) => f.entity.spec.id);
}
