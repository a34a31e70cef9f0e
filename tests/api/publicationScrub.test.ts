import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { publications } from '../../schema/tables';
import { updateEvent } from '../../server/services/events';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW } from '../helpers/app';
import { pdfText } from '../helpers/pdfTools';
import { buildPublishableWorld, buildSignedOffSnapshot, publicationBody } from '../helpers/publicationWorld';

type World = Awaited<ReturnType<typeof buildPublishableWorld>>;
const url = (w: World, rest = '') => `/api/investigations/${w.investigationId}/publication${rest}`;

const DESCRIPTION = 'The health visitor noted that the family lives at 14 Acacia Avenue, phone 07700 900123, NI QQ 12 34 56 C.';
/** Each identifier of DESCRIPTION as a pattern that also catches it written with other spacing. */
const IDENTIFIERS: [string, RegExp][] = [
  ['address', /14\s*Acacia|Acacia\s*Avenue/i],
  ['phone number', /07700\s*900\s*123/],
  ['NI number', /QQ\s*12\s*34\s*56\s*C/i],
];

describe('POST /api/investigations/:id/publication — identifiers found by shape', () => {
  let w: World;
  let eventId: string;
  let publicationId: string;
  let slug: string;
  beforeAll(async () => {
    w = await buildPublishableWorld();
    eventId = w.seeded.eventIds[0]!;
    updateEvent(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, eventId, { version: 1, description: DESCRIPTION });
    const snapshotId = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'With an address, phone and NI number');
    const res = await w.clients.lead.post(url(w), publicationBody(snapshotId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    publicationId = res.body.data.id;
    slug = res.body.data.slug;
  }, 60_000);

  it('publishes an event holding an address, a phone number and an NI number, with placeholders in their place', () => {
    const row = w.db.select().from(publications).where(eq(publications.id, publicationId)).get()!;
    const content = JSON.stringify(row.content);
    for (const [what, pattern] of IDENTIFIERS) expect(content, `${what} in the stored content`).not.toMatch(pattern);
    expect(content).toContain('the family lives at [address], phone [phone number], NI [NI number].');
  });

  it('leaves none of them in the text of the stored PDF', () => {
    const row = w.db.select().from(publications).where(eq(publications.id, publicationId)).get()!;
    const text = pdfText(row.pdf).replace(/\s+/g, ' ');
    for (const [what, pattern] of IDENTIFIERS) expect(text, `${what} in the PDF text`).not.toMatch(pattern);
    expect(text).toContain('[address]');
  });

  it('serves none of them from the public library', async () => {
    const res = await w.clients.outsider.get(`/api/library/${slug}`);
    expect(res.status).toBe(200);
    for (const [what, pattern] of IDENTIFIERS) expect(JSON.stringify(res.body), `${what} in the library`).not.toMatch(pattern);
  });

  it('still lists each of them to the investigator in the identifier scan, at the event, as scrubbed', async () => {
    const res = await w.clients.investigator.get(url(w, '/scan'));
    expect(res.status).toBe(200);
    const atEvent = (res.body.data.findings as { kind: string; found: string; location: { id: string }; suggestedAction: string }[])
      .filter((f) => f.location.id === eventId).map((f) => [f.kind, f.found, f.suggestedAction.split(' here.')[0]]);
    expect(atEvent).toEqual(expect.arrayContaining([
      ['address', '14 Acacia Avenue', 'Scrubbed: the published edition reads "[address]"'],
      ['phone_number', '07700 900123', 'Scrubbed: the published edition reads "[phone number]"'],
      ['ni_number', 'QQ 12 34 56 C', 'Scrubbed: the published edition reads "[NI number]"'],
    ]));
  });
});
