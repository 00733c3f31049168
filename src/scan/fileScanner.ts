// Reads one file and turns its records into personal records: read → detect → classify
// → person slots. Runs inside a worker; only masked values and keyed hashes leave it.
import { stat } from 'node:fs/promises';
import type { Catalogue } from '../detect/catalogue.js';
import { catalogueWith } from '../detect/customPatterns.js';
import { Detector, publicValue, type Found } from '../detect/detector.js';
import { normaliseHeader } from '../detect/headers.js';
import { classify } from '../classify/classify.js';
import { builtinVocabulary, type Vocabulary } from '../classify/vocabulary.js';
import { openFile } from '../read/reader.js';
import { createKeyedHasher, type KeyedHasher } from '../resolve/keyedHash.js';
import { loadRoles, type RoleMatcher } from '../resolve/roles.js';
import { personSlots } from '../resolve/slots.js';
import { emptyEntityCount } from '../tally/entityCounts.js';
import type { EntityCount, FileSource, FileSummary, PersonalRecord } from '../types.js';

/** Settings a worker gets once; plain data, so it can cross a thread boundary. */
export interface ScanSettings {
  hashKey: string;
  /** The scan's start (epoch ms): birth dates after it are impossible. */
  nowMs: number;
  maxRecordChars: number;
  /**
   * Whether every detection travels with its record (for findings and state), or only
   * those the tally needs (verified sensitive identifiers): less to mask and to pass
   * between threads when nobody reads them.
   */
  allDetections?: boolean;
  /** Detection settings of the CLI (--patterns, --min-confidence); absent: the shipped catalogue, all findings. */
  detection?: DetectionSettings;
}

export interface DetectionSettings {
  patternFiles: string[];
  minConfidence: number;
}

/** The compiled state of one thread: built once, used for every file. */
export interface ScanContext {
  settings: ScanSettings;
  catalogue: Catalogue;
  vocabulary: Vocabulary;
  roles: RoleMatcher;
  detector: Detector;
  hash: KeyedHasher;
}

export function createScanContext(settings: ScanSettings): ScanContext {
  const catalogue = catalogueWith(settings.detection?.patternFiles ?? []);
  return {
    settings,
    catalogue,
    vocabulary: builtinVocabulary(),
    roles: loadRoles(),
    detector: new Detector({ catalogue, dates: { now: new Date(settings.nowMs) }, minConfidence: settings.detection?.minConfidence }),
    hash: createKeyedHasher(settings.hashKey),
  };
}

/** How many personal records a worker collects before it hands them over. */
export const BATCH_SIZE = 2000;

export async function scanFile(
  source: FileSource,
  ctx: ScanContext,
  emit: (batch: PersonalRecord[]) => void,
): Promise<FileSummary> {
  const summary: FileSummary = { format: null, encoding: null, bytes: source.size, records: 0, entities: {}, error: null, skipped: null };
  let batch: PersonalRecord[] = [];
  try {
    const opened = await openFile(source, {
      maxRecordChars: ctx.settings.maxRecordChars,
      isKnownHeader: (cell) => isKnownHeader(cell, ctx),
    });
    if ('skip' in opened) {
      summary.skipped = opened.skip;
      return summary;
    }
    summary.format = opened.format;
    summary.encoding = opened.encoding;
    for await (const record of opened.records) {
      summary.records++;
      const found = ctx.detector.detect(record);
      if (found.length === 0) continue;
      countEntities(summary.entities, found);
      const slots = personSlots(found, ctx.roles, ctx.hash);
      if (slots.length === 0) continue;
      batch.push({
        sheet: record.sheet,
        record: record.index,
        category: classify(record, ctx.vocabulary, found),
        slots,
        detections: found
          .filter((f) => f.entity.spec.kind !== 'excluded' && (ctx.settings.allDetections !== false || (f.verified && ctx.vocabulary.sensitive.entities.includes(f.entity.spec.id))))
          .map((f) => ({ type: f.entity.spec.id, field: f.field, value: publicValue(f), verified: f.verified, confidence: f.confidence })),
      });
      if (batch.length >= BATCH_SIZE) {
        emit(batch);
        batch = [];
      }
    }
    if (!source.member) await assertUnchanged(source);
  } catch (e) {
    summary.error = describeError(e);
  }
  if (batch.length > 0) emit(batch);
  return summary;
}

/** A file is read up to the size the walker saw; one that changed meanwhile is reported (its records still count). */
async function assertUnchanged(source: FileSource): Promise<void> {
  const now = await stat(source.absPath);
  if (now.size !== source.size) {
    throw new Error(`file changed during the scan (${source.size} → ${now.size} bytes); its first ${source.size} bytes were read`);
  }
  if (now.mtimeMs !== source.mtimeMs) throw new Error('file was modified during the scan; its records may mix old and new content');
}

function countEntities(counts: Record<string, EntityCount>, found: Found[]): void {
  for (const f of found) {
    const c = (counts[f.entity.spec.id] ??= emptyEntityCount());
    if (f.entity.spec.kind === 'excluded') c.excluded++;
    else if (f.verified) c.found++;
    else c.unverified++;
  }
}

function isKnownHeader(cell: string, ctx: ScanContext): boolean {
  const h = normaliseHeader(cell);
  return h.length > 0 && (ctx.catalogue.headerHints.match(h) !== undefined || ctx.vocabulary.headers.matchAll(h).length > 0);
}

/** One line, naming the cause; system errors by their code (ENOENT, EACCES, …). */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file disappeared during the scan (ENOENT)';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return `permission denied (${err.code})`;
  if (err?.code === 'EISDIR') return 'is a folder now, not a file (EISDIR)';
  if (err?.code) return `${err.code}: ${err.message}`;
  return (err?.message ?? String(e)).split('\n')[0];
}
