import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, buildInvestigationWithRoles, buildUser, TEST_PASSWORD } from '../helpers/app';
import { CHILD_REAL_NAME, buildReviewFixture } from '../helpers/reviewFactories';
import { actorOf } from '../../server/services/actor';
import { addMember } from '../../server/services/members';
import { FIXED_NOW } from '../helpers/app';
import { streamChanges } from '../../server/services/changeFeed';

/** A logged-in caller of the real listening server. */
interface HttpCaller { userId: string; cookie: string; csrf: string }

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
});

async function startServer() {
  const { app, db } = buildTestApp();
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  servers.push(server);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const fx = await buildReviewFixture(db, investigationId, clients.lead.userId);
  const loginAs = async (email: string): Promise<HttpCaller> => {
    const res = await fetch(`${origin}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }) });
    const body = await res.json() as { data: { csrfToken: string; user: { id: string } } };
    return { userId: body.data.user.id, cookie: res.headers.getSetCookie()[0]!.split(';')[0]!, csrf: body.data.csrfToken };
  };
  const base = `${origin}/api/investigations/${investigationId}`;
  return { app, db, server, origin, base, investigationId, clients, fx, loginAs };
}

/** An open change stream, read as text until a wanted message arrives or the time runs out. */
async function openStream(url: string, caller: HttpCaller, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { cookie: caller.cookie, accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const until = async (wanted: (all: string) => boolean, ms = 5000): Promise<string> => {
    const deadline = Date.now() + ms;
    while (!wanted(text)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stream did not deliver in ${ms} ms; got:\n${text}`);
      const chunk = await Promise.race([reader.read(), new Promise<null>((done) => setTimeout(() => done(null), left))]);
      if (chunk === null) continue;
      if (chunk.done) break;
      text += chunk.value;
    }
    return text;
  };
  const changes = () => text.split('\n\n').filter((m) => m.includes('event: change'))
    .map((m) => JSON.parse(m.split('\n').find((l) => l.startsWith('data: '))!.slice(6)));
  return { res, until, changes, close: () => abort.abort(), text: () => text };
}

const post = (url: string, caller: HttpCaller, body: unknown) =>
  fetch(url, { method: 'POST', headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/investigations/:id/changes', () => {
  it('streams a change committed after connecting: entity, id, action, version, who and when', async () => {
    const w = await startServer();
    const investigator = await w.loginAs(w.clients.investigator.email);
    const panel = await w.loginAs(w.clients.panel.email);
    const stream = await openStream(`${w.base}/changes`, investigator);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await stream.until((t) => t.includes(': connected'));
    const created = await (await post(`${w.base}/comments`, panel, { targetKind: 'factor', targetId: w.fx.workload.id, body: 'Evidence?' })).json() as { data: { id: string } };
    await stream.until((t) => t.includes(created.data.id));
    expect(stream.changes()).toEqual([{
      auditId: expect.any(Number), entity: 'comment', entityId: created.data.id, action: 'create', version: 1,
      by: { userId: panel.userId, name: 'panel user' }, at: FIXED_NOW.toISOString(),
    }]);
    expect(stream.text()).toMatch(new RegExp(`id: ${stream.changes()[0].auditId}\\nevent: change\\n`));
    stream.close();
  });

  it('opens for every member role', async () => {
    const w = await startServer();
    for (const role of ['lead', 'investigator', 'panel', 'observer'] as const) {
      const stream = await openStream(`${w.base}/changes`, await w.loginAs(w.clients[role].email));
      expect(stream.res.status).toBe(200);
      await stream.until((t) => t.includes(': connected'));
      stream.close();
    }
  });

  it('replays the changes after ?since= (or Last-Event-ID) first, and only this investigation\'s', async () => {
    const w = await startServer();
    const other = await buildInvestigationWithRoles(w.app, w.db);
    await buildReviewFixture(w.db, other.investigationId, other.clients.lead.userId);
    const lead = await w.loginAs(w.clients.lead.email);
    const stream = await openStream(`${w.base}/changes?since=0`, lead);
    await stream.until((t) => t.includes(w.fx.child.id));
    const seen = stream.changes();
    expect(seen.map((c) => c.entity)).toEqual(['investigation', 'membership', 'membership', 'membership', 'membership', 'agency', 'person']);
    expect(seen.map((c) => c.auditId)).toEqual([...seen.map((c) => c.auditId)].sort((a, b) => a - b));
    stream.close();
    const resumed = await openStream(`${w.base}/changes`, lead, { 'last-event-id': String(seen[4].auditId) });
    await resumed.until((t) => t.includes(w.fx.child.id));
    expect(resumed.changes().map((c) => c.entity)).toEqual(['agency', 'person']);
    resumed.close();
  });

  it('sends panel members ids and kinds, never values or registered names', async () => {
    const w = await startServer();
    const namesake = await buildUser(w.db, { name: CHILD_REAL_NAME });
    addMember(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, namesake.email, 'investigator');
    const writer = await w.loginAs(namesake.email);
    const panel = await w.loginAs(w.clients.panel.email);
    const stream = await openStream(`${w.base}/changes`, panel);
    await stream.until((t) => t.includes(': connected'));
    const res = await post(`${w.base}/comments`, writer, { targetKind: 'event', targetId: w.fx.visit.id, body: `Was ${CHILD_REAL_NAME} seen alone?` });
    expect(res.status).toBe(201);
    await stream.until((t) => t.includes('"entity":"comment"'));
    expect(stream.text()).not.toMatch(/Zoë|Quartermaine|seen alone/);
    expect(stream.changes()[0].by).toEqual({ userId: namesake.id, name: 'Child Q' });
    stream.close();
  });

  it('ends the stream with an end event once the caller is no longer a member', async () => {
    const w = await startServer();
    const observer = await w.loginAs(w.clients.observer.email);
    const stream = await openStream(`${w.base}/changes`, observer);
    await stream.until((t) => t.includes(': connected'));
    const members = (await w.clients.lead.get(`/api/investigations/${w.investigationId}/members`)).body.data as { id: string; userId: string; version: number }[];
    const membership = members.find((m) => m.userId === observer.userId)!;
    await w.clients.lead.delete(`/api/investigations/${w.investigationId}/members/${membership.id}?version=${membership.version}`).expect(204);
    const text = await stream.until((t) => t.includes('event: end'));
    expect(text).not.toContain('event: change');
  });

  it('responds 400 naming since when it is not a whole number', async () => {
    const w = await startServer();
    const res = await fetch(`${w.base}/changes?since=abc`, { headers: { cookie: (await w.loginAs(w.clients.lead.email)).cookie } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^since:/);
  });
});

describe('streamChanges', () => {
  it('looks for changes and sends heartbeats while open, and stops both once the client goes away', async () => {
    const { db } = buildTestApp();
    let looks = 0;
    const server = createServer((_req, res) => {
      streamChanges(db, 'no-such-investigation', undefined, () => { looks += 1; return 'lead'; }, res as never, { pollMs: 20, heartbeatMs: 30 });
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const stream = await openStream(url, { userId: '', cookie: '', csrf: '' });
    await stream.until((t) => (t.match(/: heartbeat/g) ?? []).length >= 2);
    expect(looks).toBeGreaterThan(2);
    stream.close();
    await new Promise((done) => setTimeout(done, 100));
    const afterClose = looks;
    await new Promise((done) => setTimeout(done, 200));
    expect(looks).toBe(afterClose);
  });
});

