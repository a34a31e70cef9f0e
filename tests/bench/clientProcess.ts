/**
 * The benchmarks' HTTP client, run as its own process the way a browser is: it makes one request at a time as the
 * parent asks (over IPC), reads the response to its last byte and reports how long that took, measured here, so
 * neither the client's work nor the parent's bookkeeping is counted against the server, and the server's work after
 * its response (a WAL checkpoint, say) is not counted against the request.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request, as the parent sends it; a body is read from a file before the clock starts. */
export interface ClientRequest { id: number; url: string; method: 'GET' | 'POST'; headers: Record<string, string>; bodyPath?: string }
/** What the client reports back: status, time to the last byte, size and the body as text. */
export interface ClientResponse { id: number; status: number; ms: number; bytes: number; text: string }

/**
 * Node's own HTTP client, not fetch: fetch's web streams cost several times the server's own time on a response of
 * megabytes (26-33 ms to read 6.8 MB that curl reads in 3-4 ms and node:http in 6-12 ms, measured here), which a
 * browser's native network stack does not.
 */
function send(req: ClientRequest, body: Buffer | undefined): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = body ? { ...req.headers, 'content-length': String(body.length) } : req.headers;
    const r = request(req.url, { method: req.method, headers, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}

const keepAlive = new Agent({ keepAlive: true });

process.on('message', async (req: ClientRequest) => {
  const body = req.bodyPath ? readFileSync(req.bodyPath) : undefined;
  const started = performance.now();
  const res = await send(req, body);
  const ms = performance.now() - started;
  process.send!({ id: req.id, status: res.status, ms, bytes: res.body.length, text: res.body.toString('utf8') } satisfies ClientResponse);
});
process.on('disconnect', () => process.exit(0));
