// Messages between the scan coordinator and its workers.
import type { FileSource, FileSummary, PersonalRecord } from '../types.js';

export interface WorkerRequest {
  fileId: number;
  file: FileSource;
}

export type WorkerReply =
  | { kind: 'records'; fileId: number; records: PersonalRecord[] }
  | { kind: 'done'; fileId: number; summary: FileSummary };

/** Scans one file somewhere (a worker thread, or this thread) and hands back its records. */
export interface FileProcessor {
  scan(fileId: number, file: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary>;
  close(): Promise<void>;
}
