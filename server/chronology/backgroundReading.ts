import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportNote } from '../../schema/contracts/chronology';
import type { AgencyFile, AgencyFileReading, ReadingChoices } from './agencyFile';
import type { DateContext } from './plausibleDates';
import type { ReadRow } from './rows';
import { eventKinds } from '../../schema/contracts/enums';
import { datePrecisions } from '../../schema/contracts/chronology';

/**
 * Reading an agency file on a second thread while the request's own thread writes what has been read: the file
 * reader thread (fileReaderThread.ts) decodes, splits, reads dates and keys the rows, and sends them in chunks; the
 * request's thread takes each chunk as it comes, waiting without returning to the event loop, so the import's
 * write transaction is as synchronous as ever and nothing else runs inside it.
 */

/** The fields of each row in a chunk, in the order of packRow, `ROW_FIELDS` values per row. */
export const ROW_FIELDS = 15;
// Kinds and precisions travel as their place in their lists (eventKinds, datePrecisions), and the entry text as its
// length within the description (which begins with it): fewer strings to copy between threads.

/** One row as sent (see `packRow`) and as the writer takes it: a read row's fields that are written, and its key. */
export type SentRow = Pick<ReadRow, 'rowNumber' | 'kind' | 'text' | 'description' | 'knownAtTime' | 'childSeen' | 'childWords' | 'sharedWith' | 'source' | 'actor'>
  & { occurred: Pick<ReadRow['occurred'], 'value' | 'start' | 'end' | 'precision'>; key: string };

/** What the thread sends: chunks of rows, then the end of the file (how it was read, the notes and its hash), or a failure. */
export type ReaderMessage =
  | { kind: 'rows'; cells: unknown[] }
  | { kind: 'end'; reading: { ok: true; file: Omit<AgencyFile, 'rows'> } | Extract<AgencyFileReading, { ok: false }>; notes: ImportNote[]; fileHash: string }
  | { kind: 'failed'; message: string };

/** A reading job as the thread receives it. */
export interface ReaderJob {
  bytes: ArrayBuffer;
  choices: Omit<ReadingChoices, 'onRow'>;
  agencyId: string;
  context: DateContext;
  port: MessagePort;
  /** Counts the messages sent, so the waiting thread can sleep until the next. */
  signal: SharedArrayBuffer;
}

/** Adds a row to a chunk. */
export function packRow(cells: unknown[], r: ReadRow, key: string): void {
  const d = r.occurred;
  cells.push(r.rowNumber, d.value, d.start, d.end, datePrecisions.indexOf(d.precision), eventKinds.indexOf(r.kind), r.text.length, r.description,
    r.knownAtTime, r.childSeen, r.childWords, r.sharedWith, r.source, r.actor, key);
}

/** The rows of a chunk, unpacked. */
export function unpackRows(cells: readonly unknown[]): SentRow[] {
  const rows: SentRow[] = [];
  for (let i = 0; i < cells.length; i += ROW_FIELDS) {
    const c = cells;
    rows.push({
      rowNumber: c[i] as number,
      occurred: { value: c[i + 1] as string, start: c[i + 2] as number, end: c[i + 3] as number, precision: datePrecisions[c[i + 4] as number]! },
      kind: eventKinds[c[i + 5] as number]!, text: (c[i + 7] as string).slice(0, c[i + 6] as number), description: c[i + 7] as string,
      knownAtTime: c[i + 8] as string, childSeen: c[i + 9] as boolean | null, childWords: c[i + 10] as string, sharedWith: c[i + 11] as string,
      source: c[i + 12] as string, actor: c[i + 13] as string, key: c[i + 14] as string,
    });
  }
  return rows;
}

/** Files from this size are read on the reader thread (smaller ones are read faster than a chunk can be handed over). */
let fromBytes = 1_000_000;
/** How long a reading may go without a message before it is given up as stuck. */
const STALLED_MS = 30_000;

let thread: { worker: Worker; ready: Int32Array } | undefined;
let started = 0;

/** How many files this process has begun reading on the reader thread (tests and benchmarks check it was used). */
export const filesReadInBackground = () => started;

/** Starts the reader thread if it is not running (the server does at start; it takes a few hundred milliseconds). */
export function startFileReader(): void {
  if (thread) return;
  const ready = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./fileReaderThread.mjs', import.meta.url), { workerData: { ready: ready.buffer } });
  worker.unref();
  const forget = () => {
    if (thread?.worker === worker) thread = undefined;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  thread = { worker, ready };
}

/** Resolves once the reader thread has started (for the server's start, tests and benchmarks). */
export async function fileReaderStarted(): Promise<void> {
  startFileReader();
  const { ready } = thread!;
  while (Atomics.load(ready, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Sets the size from which files are read on the reader thread (tests read small files there too). */
export function readInBackgroundFrom(bytes: number): void {
  fromBytes = bytes;
}

/** A file being read on the reader thread: `next` waits for its next message. */
export interface BackgroundReading { next(): ReaderMessage }

/**
 * Starts reading a file on the reader thread, or returns undefined when it should be read on this thread: a small
 * file, or the reader thread not started yet (it is then started for the next file).
 */
export function readInBackground(bytes: Uint8Array, choices: Omit<ReadingChoices, 'onRow'>, agencyId: string, context: () => DateContext): BackgroundReading | undefined {
  if (bytes.length < fromBytes) return undefined;
  if (!thread || Atomics.load(thread.ready, 0) === 0) {
    startFileReader();
    return undefined;
  }
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const job: ReaderJob = { bytes: copy, choices, agencyId, context: context(), port: port2, signal: signal.buffer as SharedArrayBuffer };
  thread.worker.postMessage(job, [copy, port2]);
  started++;
  let taken = 0;
  return {
    next() {
      for (;;) {
        const received = receiveMessageOnPort(port1);
        if (received) {
          taken++;
          const message = received.message as ReaderMessage;
          if (message.kind !== 'rows') port1.close();
          return message;
        }
        if (Atomics.wait(signal, 0, taken, STALLED_MS) === 'timed-out' && Atomics.load(signal, 0) === taken) {
          port1.close();
          return { kind: 'failed', message: `the file reader sent nothing for ${STALLED_MS / 1000} seconds` };
        }
      }
    },
  };
}
