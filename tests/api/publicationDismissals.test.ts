import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkAcknowledgements } from '../../schema/tables';
import { LANGUAGE_RULE } from '../../server/reports/language/checkLanguage';
import { buildPublishableWorld } from '../helpers/publicationWorld';

describe('POST and DELETE /api/investigations/:id/publication/dismissals', () => {
  it('dismisses a suspected name once, refuses it twice with 409 naming the name, and reopens it at the right version only', async () => {
    const w = await buildPublishableWorld();
    const base = `/api/investigations/${w.investigationId}/publication`;
    const dismissed = (await w.clients.lead.post(`${base}/dismissals`, { name: 'Okonkwo', reason: 'The name of a road sign in a quotation.' }).expect(201)).body.data;
    expect(dismissed).toMatchObject({ key: 'okonkwo', reason: 'The name of a road sign in a quotation.' });
    const again = await w.clients.lead.post(`${base}/dismissals`, { name: 'Okonkwo', reason: 'Again.' }).expect(409);
    expect(again.body.error.message).toContain('name: "Okonkwo" is already dismissed');
    await w.clients.lead.delete(`${base}/dismissals/${dismissed.id}?version=${dismissed.version + 1}`).expect(409);
    await w.clients.lead.delete(`${base}/dismissals/${dismissed.id}?version=${dismissed.version}`).expect(204);
    const scan = (await w.clients.lead.get(`${base}/scan`).expect(200)).body.data as { dismissed: unknown[] };
    expect(scan.dismissed).toEqual([]);
  }, 60_000);

  it('refuses to reopen a report-wording acknowledgement through the dismissals route', async () => {
    const w = await buildPublishableWorld();
    const ack = w.db.select().from(checkAcknowledgements).where(eq(checkAcknowledgements.ruleId, LANGUAGE_RULE)).get();
    expect(ack).toBeDefined();
    const refused = await w.clients.lead.delete(`/api/investigations/${w.investigationId}/publication/dismissals/${ack!.id}?version=${ack!.version}`).expect(422);
    expect(refused.body.error.message).toContain('ackId: not a dismissed name');
  }, 60_000);
});
