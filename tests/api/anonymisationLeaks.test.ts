import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildChronologyWorld, uploadChronology } from '../helpers/chronologyFactories';
import { buildPublishableWorld, buildSignedOffSnapshot, publicationBody } from '../helpers/publicationWorld';
import { REGISTERED } from '../helpers/reportSeed';
import { binary, pdfText } from '../helpers/pdfTools';

// Characters that print as nothing, as files exported from word processors and case-record systems carry them.
const SHY = '\u00AD';
const ZWSP = '\u200B';
const WJ = '\u2060';
const BOM = '\uFEFF';

async function chronologyWorld() {
  const { app, db } = buildTestApp();
  return buildChronologyWorld(app, db);
}

const descriptions = async (client: { get: (url: string) => { expect: (s: number) => Promise<{ body: { data: { description: string }[] } }> } }, investigationId: string) =>
  (await client.get(`/api/investigations/${investigationId}/events`).expect(200)).body.data.map((e) => e.description);

describe('GET /api/investigations/:id/events for a panel member', () => {
  it('replaces names imported with soft hyphens, zero-width spaces, word joiners and BOMs inside them', async () => {
    const w = await chronologyWorld();
    const csv = `Date,Event details\n14/03/2023,Visit by Pri${SHY}ya Nata${ZWSP}rajan; Zo${WJ}ë seen with Kay${BOM}leigh Thorn${SHY}bury\n`;
    await uploadChronology(w.clients.lead, w.investigationId, csv, { agencyId: w.agencies.csc }).expect(200);
    const people = (await w.clients.lead.get(`/api/investigations/${w.investigationId}/people`).expect(200)).body.data as { realName: string; pseudonym: string }[];
    const pseudonym = (name: string) => people.find((p) => p.realName === name)!.pseudonym;
    expect(await descriptions(w.clients.panel, w.investigationId))
      .toEqual([`Visit by ${pseudonym('Priya Natarajan')}; Child A seen with ${pseudonym('Kayleigh Thornbury')}`]);
  });
});

describe("an agency's name for panel members", () => {
  async function hospitalWorld() {
    const { app, db } = buildTestApp();
    const w = await buildInvestigationWithRoles(app, db);
    const base = `/api/investigations/${w.investigationId}`;
    const hospital = (await w.clients.lead.post(`${base}/agencies`, { name: "St Mary's Hospital", kind: 'health' }).expect(201)).body.data;
    await w.clients.lead.post(`${base}/people`, { kind: 'family_member', realName: 'Mary Jones', relationship: 'Mother', pseudonym: 'Mother' }).expect(201);
    await w.clients.lead.post(`${base}/events`, {
      occurred: '2023-03-14', kind: 'event', agencyId: hospital.id,
      description: "Seen at St Mary's Hospital A&E; Mary waited at ST MARY'S HOSPITAL's front desk, then at st mary’s hospital.",
    }).expect(201);
    return { ...w, base, hospital };
  }

  it('is left as written in the agency list and in free text, while the name alone is still replaced', async () => {
    const w = await hospitalWorld();
    const agencies = (await w.clients.panel.get(`${w.base}/agencies`).expect(200)).body.data as { name: string }[];
    expect(agencies.map((a) => a.name)).toContain("St Mary's Hospital");
    expect(await descriptions(w.clients.panel, w.investigationId))
      .toEqual(["Seen at St Mary's Hospital A&E; Mother waited at ST MARY'S HOSPITAL's front desk, then at st mary’s hospital."]);
    expect(await descriptions(w.clients.observer, w.investigationId))
      .toEqual(["Seen at St Mary's Hospital A&E; Mother waited at ST MARY'S HOSPITAL's front desk, then at st mary’s hospital."]);
  });

  it('stops being kept once the agency is renamed, so the old name is pseudonymised like any text', async () => {
    const w = await hospitalWorld();
    await w.clients.panel.get(`${w.base}/events`).expect(200);
    await w.clients.lead.patch(`${w.base}/agencies/${w.hospital.id}`, { name: 'Northbridge Royal Infirmary', version: w.hospital.version }).expect(200);
    expect(await descriptions(w.clients.panel, w.investigationId))
      .toEqual(["Seen at St Mother's Hospital A&E; Mother waited at ST Mother's HOSPITAL's front desk, then at st Mother’s hospital."]);
  });
});

describe('POST /api/investigations/:id/publication with imported text', () => {
  it('publishes names split by invisible characters pseudonymised, in the library model and the PDF', async () => {
    const w = await buildPublishableWorld();
    const base = `/api/investigations/${w.investigationId}`;
    const agencies = (await w.clients.lead.get(`${base}/agencies`).expect(200)).body.data as { id: string }[];
    const csv = `Date,Event details\n01/06/2023,Pri${SHY}ya Nata${ZWSP}rajan phoned Kay${WJ}leigh about Zo${SHY}ë's nursery place\n`;
    await uploadChronology(w.clients.lead, w.investigationId, csv, { agencyId: agencies[0]!.id }).expect(200);
    const snapshotId = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'After the import');
    const pub = (await w.clients.lead.post(`${base}/publication`, publicationBody(snapshotId)).expect(201)).body.data as { slug: string };
    const visible = (text: string) => text.replace(/\p{Default_Ignorable_Code_Point}/gu, '');
    const model = visible(JSON.stringify((await w.clients.lead.get(`/api/library/${pub.slug}`).expect(200)).body.data));
    const pdf = visible(pdfText((await binary(w.clients.lead.get(`/api/library/${pub.slug}/report.pdf`))).body));
    expect(model).toContain('phoned Mother about Child A');
    for (const name of REGISTERED) {
      expect(model.includes(name), name).toBe(false);
      expect(pdf.includes(name), name).toBe(false);
    }
  }, 60_000);

  it("keeps an agency's name whole in the published edition while the registered name alone is replaced", async () => {
    const w = await buildPublishableWorld();
    const base = `/api/investigations/${w.investigationId}`;
    const hospital = (await w.clients.lead.post(`${base}/agencies`, { name: "St Kayleigh's Hospital", kind: 'health' }).expect(201)).body.data as { id: string };
    await w.clients.lead.post(`${base}/events`, {
      occurred: '2023-06-02', kind: 'event', agencyId: hospital.id, description: "Kayleigh attended St Kayleigh's Hospital with Zoë.",
    }).expect(201);
    const snapshotId = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'With the hospital');
    const pub = (await w.clients.lead.post(`${base}/publication`, publicationBody(snapshotId)).expect(201)).body.data as { slug: string };
    const model = JSON.stringify((await w.clients.lead.get(`/api/library/${pub.slug}`).expect(200)).body.data);
    expect(model).toContain("Mother attended St Kayleigh's Hospital with Child A.");
    expect(model).not.toContain("St Mother's Hospital");
  }, 60_000);
});
