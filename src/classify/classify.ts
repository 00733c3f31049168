// Gives a personal record its one legal category: the most sensitive one its column
// names (with a value), its free text (words and line shapes) or the entity types found
// in it (a waybill number is a transaction) give evidence for; general when there is none.
import type { Found } from '../detect/detector.js';
import { headerVariants, simplified } from '../detect/headers.js';
import { Utf8Text } from '../detect/utf8Text.js';
import type { CategoryId, DataRecord } from '../types.js';
import { CATEGORY_IDS } from '../types.js';
import type { Vocabulary } from './vocabulary.js';

const TIER_RANK = { A: 0, B: 1, C: 2 } as const;

export function classify(record: DataRecord, vocabulary: Vocabulary, entityCategories: readonly CategoryId[] = []): CategoryId {
  const evidence = new Set<CategoryId>(entityCategories);
  for (const field of record.fields) {
    if (field.value.trim().length === 0) continue;
    // Every form of a column name (headers.ts headerVariants): BAL_AMT says balance only written out.
    const found = field.name === null ? [textEvidence(field.value, vocabulary)] : headerVariants(field.name).map((h) => vocabulary.headers.matchAll(h));
    for (const c of found.flat()) evidence.add(c);
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

/** Words first; a line's shape (a chat line) is weaker evidence, used only when no word says anything. */
function textEvidence(text: string, vocabulary: Vocabulary): readonly CategoryId[] {
  // Folded to simplified characters like column names: 來電反映包裹遺失 says 包裹 too.
  const found = vocabulary.keywords.matchAll(simplified(text.toLowerCase()));
  if (found.length > 0) return found;
  const bytes = new Utf8Text(text).bytes;
  return vocabulary.textPatterns.filter((p) => p.re.test(bytes)).map((p) => p.category);
}

/** The categories the verified entities of a record are evidence of (patterns/entities: category). */
export function entityCategories(found: Found[]): CategoryId[] {
  return found.flatMap((f) => (f.verified && f.entity.spec.category ? [f.entity.spec.category] : []));
}
