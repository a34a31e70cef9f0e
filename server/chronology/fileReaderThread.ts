/**
 * The agency file reader thread (see backgroundReading.ts): reads each file it is given as the import would read it
 * on the request's thread (readAgencyFile), keys the rows, and sends them in chunks as they are read, then the end.
 * It touches no database.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportNote } from '../../schema/contracts/chronology';
import { readAgencyFile } from './agencyFile';
import { packRow, ROW_FIELDS, type ReaderJob, type ReaderMessage } from './backgroundReading';
import { importKeyer } from './importKeys';
import { notesOn, repeatNote } from './importNotes';

/** Rows per chunk: small enough for the writer to start soon, large enough that handing over costs little. */
const CHUNK_ROWS = 2_000;

function read(job: ReaderJob): void {
  const signal = new Int32Array(job.signal);
  const send = (message: ReaderMessage) => {
    job.port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  try {
    const bytes = new Uint8Array(job.bytes);
    const repeats: ImportNote[] = [];
    const rowNumbers: number[] = [];
    const keyOf = importKeyer(job.agencyId, (i, first) => repeats.push(repeatNote(rowNumbers[i]!, rowNumbers[first]!)));
    let cells: unknown[] = [];
    const reading = readAgencyFile(bytes, {
      ...job.choices,
      onRow(row) {
        rowNumbers.push(row.rowNumber);
        packRow(cells, row, keyOf(row));
        if (cells.length >= CHUNK_ROWS * ROW_FIELDS) {
          send({ kind: 'rows', cells });
          cells = [];
        }
      },
    });
    if (cells.length > 0) send({ kind: 'rows', cells });
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    if (!reading.ok) {
      send({ kind: 'end', reading, notes: [], fileHash });
      return;
    }
    const { rows: _rows, ...file } = reading.file;
    send({ kind: 'end', reading: { ok: true, file }, notes: notesOn(reading.file, repeats, job.context), fileHash });
  } catch (e) {
    send({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}

parentPort!.on('message', read);
Atomics.store(new Int32Array((workerData as { ready: SharedArrayBuffer }).ready), 0, 1);
