// The examples a pattern file carries (gitleaks-style proof): each `match` example must be
// found and verified as that type, each `noMatch` example must not be. The tests run them
// for the shipped catalogue; --patterns runs them for a user's file before a scan starts.
import type { DataRecord } from '../types.js';
import type { Detector } from './detector.js';
import type { EntitySpec, Example } from './spec.js';

export function exampleRecord(example: Example): DataRecord {
  if (typeof example === 'string') return { sheet: null, index: 1, fields: [{ name: null, value: example }] };
  const others = (example.record ?? []).map((f) => ({ name: f.header, value: f.value }));
  return { sheet: null, index: 1, fields: [{ name: example.header, value: example.value }, ...others] };
}

export function findsType(detector: Detector, example: Example, type: string): boolean {
  return detector.detect(exampleRecord(example)).some((f) => f.verified && f.entity.spec.id === type);
}

/** The first example of the spec that does not behave as it says, described in one line; null if all do. */
export function failingExample(detector: Detector, spec: EntitySpec): string | null {
  for (const e of spec.examples.match) if (!findsType(detector, e, spec.id)) return `example ${JSON.stringify(e)} is not found`;
  for (const e of spec.examples.noMatch) if (findsType(detector, e, spec.id)) return `noMatch example ${JSON.stringify(e)} is found`;
  return null;
}
