// A processor made on first use: an incremental scan that replays every file from its
// state never starts worker threads (nor compiles the catalogue) at all.
import type { FileSource, FileSummary, PersonalRecord } from '../types.js';
import type { FileProcessor } from './protocol.js';

export class LazyProcessor implements FileProcessor {
  private made: FileProcessor | undefined;

  constructor(private readonly make: () => FileProcessor) {}

  scan(fileId: number, file: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    this.made ??= this.make();
    return this.made.scan(fileId, file, onRecords);
  }

  async close(): Promise<void> {
    await this.made?.close();
  }
}
