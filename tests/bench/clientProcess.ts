/**
 * The benchmarks' HTTP client, run as its own process the way a browser is: it makes one request at a time as the
 * parent asks (over IPC), reads the response to its last byte and reports how long that took, measured here, so
 * neither the client's work nor the parent's bookkeeping is counted against the server, and the server's work after
 * its response (a WAL checkpoint, say) is not counted against the request.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** One request, as the parent sends it; a body is read from a file before the clock starts. */
export interface ClientRequest { id: number; url: string; method: 'GET' | 'POST'; headers: Record<string, string>; bodyPath?: string }
/** What the client reports back: status, time to the last byte, size and the body as text. */
export interface ClientResponse { id: number; status: number; ms: number; bytes: number; text: string }

process.on('message', async (req: ClientRequest) => {
  const body = req.bodyPath ? new Uint8Array(readFileSync(req.bodyPath)) : undefined;
  const started = performance.now();
  const res = await fetch(req.url, { method: req.method, headers: req.headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  process.send!({ id: req.id, status: res.status, ms, bytes: bytes.length, text: bytes.toString('utf8') } satisfies ClientResponse);
});
process.on('disconnect', () => process.exit(0));
