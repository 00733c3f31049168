// Findings name the person of each record, but a person is known only when the whole
// scan has been linked. So record findings are spooled to a temporary file as they
// arrive (in any order, from any worker) and written out at the end, in file and record
// order, with final person ids. The spool holds masked values and node numbers only.
import { appendFileSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersonalRecord } from '../types.js';
import { AtomicLineWriter } from './atomicWrite.js';

interface Segment {
  offset: number;
  length: number;
}

export class FindingsSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'piscan-findings-'));
  private readonly file = join(this.dir, 'spool');
  private readonly segments = new Map<number, Segment[]>();
  private size = 0;

  add(fileId: number, path: string, records: PersonalRecord[], nodes: number[][]): void {
    const lines = records.map((r, i) => {
      const head = JSON.stringify({ file: path, sheet: r.sheet, record: r.record, category: r.category });
      return `${nodes[i].join(',')}\t${head}\t${JSON.stringify(r.detections)}\n`;
    });
    const text = lines.join('');
    const length = Buffer.byteLength(text);
    appendFileSync(this.file, text);
    const list = this.segments.get(fileId) ?? [];
    list.push({ offset: this.size, length });
    this.segments.set(fileId, list);
    this.size += length;
  }

  /** Writes the findings JSONL to `target` atomically; `personOf` maps a node to its person id. */
  async writeTo(target: string, personOf: (node: number) => string): Promise<void> {
    const out = new AtomicLineWriter(target);
    try {
      const fd = this.size > 0 ? openSync(this.file, 'r') : -1;
      for (const fileId of [...this.segments.keys()].sort((a, b) => a - b)) {
        for (const seg of this.segments.get(fileId)!) {
          const buf = Buffer.alloc(seg.length);
          readSync(fd, buf, 0, seg.length, seg.offset);
          for (const line of buf.toString('utf8').split('\n')) {
            if (line.length > 0) await out.write(finalLine(line, personOf));
          }
        }
      }
      if (fd >= 0) closeSync(fd);
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function finalLine(line: string, personOf: (node: number) => string): string {
  const [nodeList, head, entities] = line.split('\t');
  const persons = nodeList.split(',').map((n) => personOf(Number(n)));
  const extra = persons.length > 1 ? `,"persons":${JSON.stringify(persons)}` : '';
  return `${head.slice(0, -1)},"person":${JSON.stringify(persons[0])}${extra},"entities":${entities}}`;
}
