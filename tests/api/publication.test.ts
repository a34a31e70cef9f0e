import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, investigations, publications } from '../../schema/tables';
import { updateEvent } from '../../server/services/events';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW } from '../helpers/app';
import { REGISTERED } from '../helpers/reportSeed';
import { binary, pdfText } from '../helpers/pdfTools';
import { buildPublishableWorld, buildSignedOffSnapshot, publicationBody } from '../helpers/publicationWorld';

type World = Awaited<ReturnType<typeof buildPublishableWorld>>;
const url = (w: World, rest = '') => `/api/investigations/${w.investigationId}/publication${rest}`;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ł/g, 'l');
const mentions = (text: string, term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${fold(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));

describe('POST /api/investigations/:id/publication', () => {
  let w: World;
  let first: { id: string; slug: string; publicationVersion: number; sha256: string };
  beforeAll(async () => {
    w = await buildPublishableWorld();
    const res = await w.clients.lead.post(url(w), publicationBody(w.snapshotId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    first = res.body.data;
  }, 60_000);

  it('stores version 1 under a slug made of the reference and year, and marks the investigation published', () => {
    expect(first.publicationVersion).toBe(1);
    expect(first.slug).toMatch(/^test-\d+-2026$/);
    const inv = w.db.select().from(investigations).where(eq(investigations.id, w.investigationId)).get()!;
    expect(inv.status).toBe('published');
  });

  it('stores anonymised content and a PDF with no registered name, alias, date of birth or identifier in any form', () => {
    const row = w.db.select().from(publications).where(eq(publications.id, first.id)).get()!;
    const content = JSON.stringify(row.content);
    const text = pdfText(row.pdf);
    for (const name of REGISTERED) {
      for (const form of [name, name.toUpperCase(), name.toLowerCase(), `${name}'s`]) {
        expect(mentions(content, form), `"${form}" in the stored content`).toBe(false);
        expect(mentions(text, form), `"${form}" in the PDF text`).toBe(false);
      }
    }
    expect(content).not.toMatch(/kayleigh\.t@example\.com|07700 900123/);
    expect(content).toContain('Child A');
  });

  it('audits the publication and the change of status', () => {
    const entries = w.db.select().from(auditLog).where(eq(auditLog.investigationId, w.investigationId)).all();
    expect(entries.some((e) => e.entity === 'publication' && e.action === 'create')).toBe(true);
    expect(entries.some((e) => e.entity === 'investigation' && e.action === 'update' && JSON.stringify(e.after).includes('published'))).toBe(true);
  });

  it('publishes again as version 2 under the same slug, leaving version 1 as it was', async () => {
    const res = await w.clients.lead.post(url(w), publicationBody(w.snapshotId, { dateStyle: 'relative' }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ slug: first.slug, publicationVersion: 2, dateStyle: 'relative' });
    const v1 = w.db.select().from(publications).where(eq(publications.id, first.id)).get()!;
    expect(v1.sha256).toBe(first.sha256);
    const list = await w.clients.observer.get(`/api/investigations/${w.investigationId}/publications`);
    expect(list.body.data.map((p: { publicationVersion: number }) => p.publicationVersion)).toEqual([2, 1]);
  });

  it('responds 422 naming the field when a sign-off statement is missing or not confirmed', async () => {
    const res = await w.clients.lead.post(url(w), { signOff: { harmToSiblingsConsidered: { confirmed: false, note: 'x' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/signOff\.harmToSiblingsConsidered\.confirmed|signOff\.familyConsultedOnPseudonym/);
  });

  it('responds 403 to investigators, panel members and observers, and 404 to non-members', async () => {
    for (const who of [w.clients.investigator, w.clients.panel, w.clients.observer]) {
      expect((await who.post(url(w), publicationBody(w.snapshotId))).status).toBe(403);
    }
    expect((await w.clients.outsider.post(url(w), publicationBody(w.snapshotId))).status).toBe(404);
  });
});

describe('POST /api/investigations/:id/publication — leak check', () => {
  it('refuses with 422 listing each leak and where it is, publishes nothing, and succeeds once the text is fixed and signed off again', async () => {
    const w = await buildPublishableWorld();
    const eventId = w.seeded.eventIds[0]!;
    const actor = actorOf(w.clients.lead.userId, FIXED_NOW);
    // The address and NI number are scrubbed into placeholders; the unregistered name is what survives and refuses.
    const leaky = 'Seen with Okonkwo at 14 Mill Lane; NI number JH 12 34 56 C on file.';
    updateEvent(w.db, actor, w.investigationId, eventId, { version: 1, description: leaky });
    const res = await w.clients.lead.post(url(w), publicationBody(buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'With the address')));
    expect(res.status).toBe(422);
    const leaks = res.body.error.details.leaks as { kind: string; found: string; where: string; location: { id: string } | null }[];
    expect(leaks.filter((l) => l.location?.id === eventId).map((l) => [l.kind, l.found])).toEqual([['suspected_name', 'Okonkwo']]);
    expect(w.db.select().from(publications).all()).toHaveLength(0);
    updateEvent(w.db, actor, w.investigationId, eventId, { version: 2, description: 'Seen at home; details are held by the agency.' });
    const fixed = await w.clients.lead.post(url(w), publicationBody(buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'Address removed')));
    expect(fixed.status).toBe(201);
  }, 60_000);
});

describe('POST /api/investigations/:id/publication/:publicationId/withdraw', () => {
  it('keeps the record with the reason, and refuses a second withdrawal with 409', async () => {
    const w = await buildPublishableWorld();
    const pub = (await w.clients.lead.post(url(w), publicationBody(w.snapshotId))).body.data;
    expect((await w.clients.investigator.post(url(w, `/${pub.id}/withdraw`), { reason: 'x' })).status).toBe(403);
    const res = await w.clients.lead.post(url(w, `/${pub.id}/withdraw`), { reason: 'The family asked for more time.' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ withdrawnAt: FIXED_NOW.toISOString(), withdrawnReason: 'The family asked for more time.' });
    expect((await w.clients.lead.post(url(w, `/${pub.id}/withdraw`), { reason: 'again' })).status).toBe(409);
    const pdf = await binary(w.clients.lead.get(`/api/library/${pub.slug}/report.pdf`));
    expect(pdf.status).toBe(404);
  }, 60_000);
});
