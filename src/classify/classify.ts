// Gives a personal record its one legal category: the most sensitive one its column
// names (with a value) or its free text give evidence for; general when there is none.
import { normaliseHeader } from '../detect/headers.js';
import type { CategoryId, DataRecord } from '../types.js';
import { CATEGORY_IDS } from '../types.js';
import type { Vocabulary } from './vocabulary.js';

const TIER_RANK = { A: 0, B: 1, C: 2 } as const;

export function classify(record: DataRecord, vocabulary: Vocabulary): CategoryId {
  const evidence = new Set<CategoryId>();
  for (const field of record.fields) {
    if (field.value.trim().length === 0) continue;
    const found =
      field.name === null
        ? vocabulary.keywords.matchAll(field.value.toLowerCase())
        : vocabulary.headers.matchAll(normaliseHeader(field.name));
    for (const c of found) evidence.add(c);
  }
  let best: CategoryId = 'general';
  for (const c of CATEGORY_IDS) {
    if (evidence.has(c) && rank(c, vocabulary) < rank(best, vocabulary)) best = c;
  }
  return best;
}

function rank(c: CategoryId, vocabulary: Vocabulary): number {
  return TIER_RANK[vocabulary.tierOf[c]] * 100 + CATEGORY_IDS.indexOf(c);
}
