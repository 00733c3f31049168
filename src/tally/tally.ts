// Counts records and items (person × category) per category, per file and in total.
// Items are counted only at the end, when every record has been linked to its person.
import type { SensitiveSpec } from '../classify/vocabulary.js';
import { PersonIndex, SENSITIVE_ENTITY_BIT } from '../resolve/personIndex.js';
import { addEntityCount, emptyEntityCount } from './entityCounts.js';
import { NumberSet } from './numberSet.js';
import { CATEGORY_IDS, type CategoryId, type Detection, type EntityCount, type PersonSlot } from '../types.js';

export interface FileOutcome {
  path: string;
  format: string | null;
  encoding: string | null;
  bytes: number;
  records: number;
  personalRecords: number;
  error: string | null;
}

interface FileState extends FileOutcome {
  /** node × 16 + category of every personal record, de-duplicated. */
  anchors: NumberSet;
}

export interface FileTally extends FileOutcome {
  items: Partial<Record<CategoryId, number>>;
}

export interface TallyResult {
  persons: number;
  /** Persons with sensitive information (PIPL Art. 28): a sensitive category, or a sensitive identifier. */
  sensitivePersons: number;
  records: number;
  personalRecords: number;
  bytes: number;
  categories: { id: CategoryId; records: number; items: number }[];
  entities: { type: string; found: number; unverified: number; excluded: number }[];
  files: FileTally[];
}

export class Tally {
  readonly index = new PersonIndex();
  private readonly categoryRecords = new Array<number>(CATEGORY_IDS.length).fill(0);
  private readonly entities = new Map<string, EntityCount>();
  private readonly files = new Map<number, FileState>();
  private readonly sensitiveMask: number;
  private readonly sensitiveEntities: Set<string>;

  constructor(sensitive: SensitiveSpec = { categories: [], entities: [] }) {
    this.sensitiveMask = sensitive.categories.reduce((m, id) => m | (1 << CATEGORY_IDS.indexOf(id)), 1 << SENSITIVE_ENTITY_BIT);
    this.sensitiveEntities = new Set(sensitive.entities);
  }

  /** Files are keyed by their position in the walk: two roots may both hold an `a.csv`. */
  openFile(id: number, path: string): void {
    this.files.set(id, { path, format: null, encoding: null, bytes: 0, records: 0, personalRecords: 0, error: null, anchors: new NumberSet() });
  }

  /**
   * Adds one personal record; returns the node of each person slot (for findings).
   * A verified sensitive identifier (a bank card) marks every person of its record sensitive.
   */
  addPersonalRecord(fileId: number, category: CategoryId, slots: PersonSlot[], detections: Detection[] = []): number[] {
    const file = this.file(fileId);
    const c = CATEGORY_IDS.indexOf(category);
    const sensitive = detections.some((d) => d.verified && this.sensitiveEntities.has(d.type));
    file.personalRecords++;
    this.categoryRecords[c]++;
    return slots.map((slot) => {
      const nodes = slot.keys.map((k) => this.index.node(k));
      let root = nodes[0];
      for (const n of nodes.slice(1)) root = this.index.union(root, n);
      this.index.mark(root, c);
      if (sensitive) this.index.mark(root, SENSITIVE_ENTITY_BIT);
      file.anchors.add(nodes[0] * 16 + c);
      return nodes[0];
    });
  }

  closeFile(fileId: number, outcome: Omit<FileOutcome, 'path' | 'personalRecords'>, entities: Record<string, EntityCount>): void {
    const file = this.file(fileId);
    file.format = outcome.format;
    file.encoding = outcome.encoding;
    file.bytes = outcome.bytes;
    file.records = outcome.records;
    file.error = outcome.error;
    for (const [type, n] of Object.entries(entities)) {
      const total = this.entities.get(type) ?? emptyEntityCount();
      addEntityCount(total, n);
      this.entities.set(type, total);
    }
  }

  result(): TallyResult {
    const { persons, items, sensitivePersons } = this.index.count(this.sensitiveMask);
    const files = [...this.files.entries()].sort(([a], [b]) => a - b).map(([, f]) => f)
      .map(({ anchors, ...outcome }) => ({ ...outcome, items: this.fileItems(anchors) }));
    return {
      persons,
      sensitivePersons,
      records: files.reduce((s, f) => s + f.records, 0),
      personalRecords: files.reduce((s, f) => s + f.personalRecords, 0),
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      categories: CATEGORY_IDS.map((id, c) => ({ id, records: this.categoryRecords[c], items: items[c] })),
      entities: [...this.entities.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => ({ type, ...n })),
      files,
    };
  }

  private fileItems(anchors: NumberSet): Partial<Record<CategoryId, number>> {
    const distinct = new NumberSet(anchors.size);
    for (const a of anchors) distinct.add(this.index.find(Math.floor(a / 16)) * 16 + (a % 16));
    const items: Partial<Record<CategoryId, number>> = {};
    for (const a of distinct) {
      const id = CATEGORY_IDS[a % 16];
      items[id] = (items[id] ?? 0) + 1;
    }
    return items;
  }

  private file(id: number): FileState {
    const f = this.files.get(id);
    if (!f) throw new Error(`tally: file #${id} was not opened`);
    return f;
  }
}
