// A scan worker: compiles the catalogue once, then scans the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createScanContext, scanFile, type ScanSettings } from './fileScanner.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

const ctx = createScanContext(workerData as ScanSettings);
const port = parentPort!;

port.on('message', (req: WorkerRequest) => {
  const reply = (msg: WorkerReply): void => port.postMessage(msg);
  void scanFile(req.file, ctx, (records) => reply({ kind: 'records', fileId: req.fileId, records })).then((summary) =>
    reply({ kind: 'done', fileId: req.fileId, summary }),
  );
});
