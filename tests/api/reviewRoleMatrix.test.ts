import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { comments, reviewDecisions } from '../../schema/tables';
import { actorOf } from '../../server/services/actor';
import { createSnapshot } from '../../server/services/snapshots';
import { FIXED_NOW, buildTestApp, type Client } from '../helpers/app';
import { buildFactor, buildReviewWorld } from '../helpers/reviewFactories';

type Caller = 'lead' | 'investigator' | 'panel' | 'observer' | 'outsider' | 'anonymous';
type World = Awaited<ReturnType<typeof buildReviewWorld>> & { app: Express; db: Db };

const at = FIXED_NOW.toISOString();
const insertComment = (w: World, authorId: string, authorRole: string) =>
  w.db.insert(comments).values({
    id: randomUUID(), investigationId: w.investigationId, targetKind: 'factor', targetId: w.fx.workload.id, body: 'Question',
    authorId, authorRole, createdAt: at, updatedAt: at,
  }).returning().get().id;

/** One endpoint: how a caller calls it (preparing what that call needs), and the status each caller gets. */
interface Case {
  name: string;
  call: (w: World, send: Sender, userId: string) => request.Test;
  expected: Record<Caller, number>;
}
type Sender = Pick<Client, 'get' | 'post' | 'patch'>;

const readAll = { lead: 200, investigator: 200, panel: 200, observer: 200, outsider: 404, anonymous: 401 };

const cases: Case[] = [
  { name: 'GET comments', expected: readAll, call: (w, s) => s.get(`${w.base}/comments`) },
  {
    name: 'POST comments', expected: { lead: 201, investigator: 201, panel: 201, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => s.post(`${w.base}/comments`, { targetKind: 'factor', targetId: w.fx.workload.id, body: 'Evidence?' }),
  },
  {
    name: "PATCH comments/:commentId (own comment's text)",
    expected: { lead: 200, investigator: 200, panel: 200, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s, userId) => s.patch(`${w.base}/comments/${insertComment(w, userId, 'panel')}`, { version: 1, body: 'Reworded' }),
  },
  {
    name: "PATCH comments/:commentId (resolving someone else's thread)",
    expected: { lead: 200, investigator: 200, panel: 403, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => s.patch(`${w.base}/comments/${insertComment(w, w.clients.observer.userId, 'panel')}`, { version: 1, resolved: true }),
  },
  { name: 'GET reviews', expected: readAll, call: (w, s) => s.get(`${w.base}/reviews`) },
  {
    name: 'POST reviews', expected: { lead: 201, investigator: 403, panel: 201, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => s.post(`${w.base}/reviews`, {
      targetKind: 'factor', targetId: buildFactor(w.db, w.investigationId).id, status: 'disputed', reason: 'Not evidenced', targetVersion: 1,
    }),
  },
  {
    name: 'PATCH reviews/:reviewId', expected: { lead: 200, investigator: 403, panel: 403, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => {
      const id = w.db.insert(reviewDecisions).values({
        id: randomUUID(), investigationId: w.investigationId, targetKind: 'factor', targetId: w.fx.workload.id, status: 'disputed',
        reason: 'Dissent', authorId: w.clients.panel.userId, authorRole: 'panel', createdAt: at, updatedAt: at,
      }).returning().get().id;
      return s.patch(`${w.base}/reviews/${id}`, { version: 1, agreedForPublication: true });
    },
  },
  { name: 'GET snapshots', expected: readAll, call: (w, s) => s.get(`${w.base}/snapshots`) },
  {
    name: 'POST snapshots', expected: { lead: 201, investigator: 201, panel: 403, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => s.post(`${w.base}/snapshots`, { label: 'Panel meeting 3' }),
  },
  {
    name: 'GET snapshots/:snapshotId', expected: readAll,
    call: (w, s) => s.get(`${w.base}/snapshots/${createSnapshot(w.db, actorOf(null, FIXED_NOW), w.investigationId, 'S').id}`),
  },
  {
    name: 'GET snapshots/:a/diff/:b', expected: readAll,
    call: (w, s) => s.get(`${w.base}/snapshots/${createSnapshot(w.db, actorOf(null, FIXED_NOW), w.investigationId, 'S').id}/diff/current`),
  },
  {
    name: 'POST snapshots/:snapshotId/sign-off', expected: { lead: 200, investigator: 403, panel: 403, observer: 403, outsider: 404, anonymous: 401 },
    call: (w, s) => s.post(`${w.base}/snapshots/${createSnapshot(w.db, actorOf(null, FIXED_NOW), w.investigationId, 'S').id}/sign-off`, { note: 'Agreed' }),
  },
  {
    name: 'GET changes (refusals; members are covered by the stream tests)',
    expected: { lead: -1, investigator: -1, panel: -1, observer: -1, outsider: 404, anonymous: 401 },
    call: (w, s) => s.get(`${w.base}/changes`),
  },
];

function anonymous(app: Express): Sender {
  return {
    get: (url) => request(app).get(url),
    post: (url, body) => request(app).post(url).send(body as object),
    patch: (url, body) => request(app).patch(url).send(body as object),
  };
}

describe('review endpoints: who may do what', () => {
  for (const c of cases) {
    it(`${c.name}: ${Object.entries(c.expected).filter(([, s]) => s > 0).map(([r, s]) => `${r} ${s}`).join(', ')}`, async () => {
      const { app, db } = buildTestApp();
      const w: World = { app, db, ...(await buildReviewWorld(app, db)) };
      const got: Partial<Record<Caller, number>> = {};
      for (const caller of Object.keys(c.expected) as Caller[]) {
        if (c.expected[caller] < 0) continue;
        const client = caller === 'anonymous' ? null : w.clients[caller];
        const res = await c.call(w, client ?? anonymous(app), client?.userId ?? w.clients.lead.userId);
        got[caller] = res.status;
      }
      expect(got).toEqual(Object.fromEntries(Object.entries(c.expected).filter(([, s]) => s > 0)));
    });
  }
});
