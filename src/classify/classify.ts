// Gives a personal record its one legal category: the most sensitive one its column
// names (with a value), the values of columns nothing else explains (a hotel's name, a
// diagnosis), its free text (words and line shapes) or the entity types found in it (a
// waybill number is a transaction) give evidence for; general when there is none.
import type { Found } from '../detect/detector.js';
import { simplified } from '../detect/headers.js';
import { delimitedCells, keyValuePairs } from '../detect/keyValues.js';
import type { Role } from '../resolve/roles.js';
import type { CategoryId, DataRecord } from '../types.js';
import { CATEGORY_IDS } from '../types.js';
import type { Vocabulary } from './vocabulary.js';

const TIER_RANK = { A: 0, B: 1, C: 2 } as const;
const MARKUP_TAG = /<\/?[A-Za-z][^<>]{0,200}>|<!\[CDATA\[|\]\]>/g;

/** `found` is what the detector found in the record: its types' categories, and the columns they claim. */
export function classify(record: DataRecord, vocabulary: Vocabulary, found: readonly Found[] = []): CategoryId {
  const evidence = new Evidence();
  // The name of a column that holds an entity names the entity and what it is for (电子账单邮箱,
  // 还款卡号, 借款人身份证号); only a role in it says what the record is (主叫号码: a call), and
  // that is weaker evidence, asked when nothing else speaks — and only beside its counterpart:
  // a sender and a receiver make a shipment, a caller and a callee a call, while one party
  // alone is a profile (a customs declaration's buyerName), and so is a profile's standing
  // setting beside its counterpart (a buyer's 默认收货地址 beside a seller's phone).
  const parties: Role[] = [];
  for (const f of found) if (f.verified && f.entity.spec.category) evidence.add(f.entity.spec.category);
  for (const field of record.fields) {
    if (field.value.trim().length === 0) continue;
    if (field.name === null) {
      for (const [c, weight] of textEvidence(field.value, vocabulary)) evidence.add(c, weight);
      continue;
    }
    if (found.some((f) => f.field === field.name)) {
      if (!vocabulary.isSetting(field.name)) parties.push(...vocabulary.roles.matchAll(field.name));
      continue;
    }
    const named = vocabulary.columnCategories(field.name);
    // One column is one piece of evidence, however many of its forms say it.
    for (const c of named) evidence.add(c);
    // A column whose name says nothing may say it by its value.
    if (named.size === 0) for (const c of vocabulary.valueEvidence(field.name, field.value.trim())) evidence.add(c);
  }
  const fromRoles = new Evidence();
  for (const p of parties) if (p.category && parties.some((o) => o.id === p.counterpart)) fromRoles.add(p.category);
  return evidence.mostSensitive(vocabulary) ?? fromRoles.mostSensitive(vocabulary) ?? 'general';
}

/**
 * How much speaks for each category. The most sensitive tier wins (LEGAL.md); within a tier,
 * whose thresholds are the same, the category more pieces of evidence speak for (a 12320
 * complaint about a pharmacy order that was paid and not delivered says 付款, 配送, 退款 and
 * 处方 once: a transaction), then the vocabulary's order.
 */
class Evidence {
  private readonly weights = new Map<CategoryId, number>();

  add(c: CategoryId, weight = 1): void {
    this.weights.set(c, (this.weights.get(c) ?? 0) + weight);
  }

  mostSensitive(vocabulary: Vocabulary): CategoryId | undefined {
    let best: CategoryId | undefined;
    for (const [c, weight] of this.weights) {
      if (best === undefined) best = c;
      const tier = TIER_RANK[vocabulary.tierOf[c]] - TIER_RANK[vocabulary.tierOf[best]];
      const more = weight - this.weights.get(best)!;
      if (tier < 0 || (tier === 0 && (more > 0 || (more === 0 && rank(c, vocabulary) < rank(best, vocabulary))))) best = c;
    }
    return best;
  }
}

function rank(c: CategoryId, vocabulary: Vocabulary): number {
  return TIER_RANK[vocabulary.tierOf[c]] * 100 + CATEGORY_IDS.indexOf(c);
}

/**
 * Words first (keywords, and the markers by which a format names its kind); then, when no
 * word says anything, the values of the line's key/value pairs and delimited cells read like
 * column values (LGMC:锦江之星, "content":"收到，谢谢") and the line's shape (a chat line). A
 * message's words outweigh its shape: a hotel's notice that says 办理入住 in a friendly
 * sentence is about a stay.
 */
function textEvidence(text: string, vocabulary: Vocabulary): ReadonlyMap<CategoryId, number> {
  // Folded to simplified characters like column names: 來電反映包裹遺失 says 包裹 too.
  const words = vocabulary.keywords.countAll(simplified(text.toLowerCase()), text);
  // A payload that calls itself a message is one, whatever words its metadata holds (the 订单详情页 it was sent from).
  for (const c of vocabulary.markers(text)) words.set(c, (words.get(c) ?? 0) + 1);
  if (words.size > 0) return words;
  // Markup tags (an HTML chat export's <span class="nick">, XML's <![CDATA[…]]>) separate what they wrap, as a bar would.
  const unmarked = text.includes('<') ? text.replace(MARKUP_TAG, ' | ') : text;
  const found = vocabulary.lineShapes(unmarked);
  for (const { key, value } of keyValuePairs(text)) found.push(...vocabulary.valueEvidence(key, value));
  for (const cell of delimitedCells(unmarked)) found.push(...vocabulary.valueEvidence('', cell));
  return new Map(found.map((c) => [c, 1]));
}
