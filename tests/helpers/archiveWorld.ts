import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { seedDemo } from '../../server/demo/seedDemo';
import { addMember } from '../../server/services/members';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW, buildUser, login, type Client } from './app';

const ok = (res: { status: number; body: unknown }, what: string) => {
  if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return (res.body as { data: unknown }).data as Record<string, unknown> & { id: string; version: number };
};

/**
 * The demo investigation filled with every kind of content an archive carries: an imported agency chronology,
 * an issued recommendation with a response, a safety action, an acknowledged check, a panel comment with a reply,
 * a review decision, and a signed-off snapshot. Returns the investigation id and the lead and panel clients.
 */
export async function buildArchiveWorld(app: Express, db: Db) {
  const leadUser = await buildUser(db, { name: 'Archive Lead' });
  const panelUser = await buildUser(db, { name: 'Archive Panel' });
  const demo = await seedDemo(db, leadUser.id, FIXED_NOW);
  const id = demo.investigationId;
  addMember(db, actorOf(leadUser.id, FIXED_NOW), id, panelUser.email, 'panel');
  const lead: Client = await login(app, leadUser.email);
  const panel: Client = await login(app, panelUser.email);
  const base = `/api/investigations/${id}`;

  const agencies = ok(await lead.get(`${base}/agencies`), 'agencies') as unknown as { id: string }[];
  const agencyId = agencies[0]!.id;
  const csv = 'Date,Details,Worker,Source\n03/02/2023,Archive import: home visit; child seen,SW1,Case note 9\n' +
    'March 2023,Archive import: strategy discussion,TM1,Minutes 3\n';
  ok(await lead.post(`${base}/chronology/import?agencyId=${agencyId}&fileName=archive.csv`).set('Content-Type', 'text/csv').send(csv), 'import');

  const factors = ok(await lead.get(`${base}/factors`), 'factors') as unknown as { id: string; version: number }[];
  const findings = ok(await lead.get(`${base}/findings`), 'findings') as unknown as { id: string }[];
  const recs = ok(await lead.get(`${base}/recommendations`), 'recommendations') as unknown as { id: string; version: number; status: string }[];
  const draft = recs.find((r) => r.status === 'draft');
  if (draft) ok(await lead.post(`${base}/recommendations/${draft.id}/issue`, { version: draft.version, issuedOn: '2026-02-01' }), 'issue');
  const issued = (ok(await lead.get(`${base}/recommendations`), 'recommendations') as unknown as { id: string; status: string }[])
    .find((r) => r.status === 'open');
  if (issued) {
    ok(await lead.post(`/api/recommendations/${issued.id}/responses`, {
      receivedOn: '2026-02-20', organisation: 'Northbridge Council', text: 'A caseload cap is being introduced.', assessment: 'partially_adequate',
    }), 'response');
  }
  ok(await lead.post(`${base}/safety-actions`, { agencyId, takenOn: '2026-01-15', description: 'Supervision every four weeks for all duty workers' }), 'safety action');
  const checks = ok(await lead.get(`${base}/analysis/checks`), 'checks') as unknown as { results: { ruleId: string; key: string; status: string }[] };
  const open = checks.results.find((r) => r.status === 'open');
  if (!open) throw new Error('the demo has no open check result to acknowledge');
  ok(await lead.post(`${base}/analysis/checks/acknowledgements`, { ruleId: open.ruleId, key: open.key, reason: 'Considered at the panel meeting' }), 'acknowledgement');
  const comment = ok(await panel.post(`${base}/comments`, { targetKind: 'factor', targetId: factors[0]!.id, body: 'Is this <b>supported</b> by the minutes?' }), 'comment');
  ok(await lead.post(`${base}/comments`, { targetKind: 'factor', targetId: factors[0]!.id, body: 'Yes: minutes of 3 March.', parentId: comment.id }), 'reply');
  ok(await panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: factors[1]!.id, status: 'disputed', reason: 'The caseload figures are from a later year.', targetVersion: factors[1]!.version }), 'review');
  const snapshot = ok(await lead.post(`${base}/snapshots`, { label: 'Panel meeting 1' }), 'snapshot');
  ok(await lead.post(`${base}/snapshots/${snapshot.id}/sign-off`, { note: 'Agreed at the meeting' }), 'sign-off');
  return { investigationId: id, lead, panel, findings, leadUser, panelUser };
}
