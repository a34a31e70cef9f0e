import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { pdfText } from '../helpers/pdfTools';

const markup = '<img src=x onerror=alert(1)><script>app.alert("pwned")</script>';

/** PDF features that run code or act on opening: none may appear in a report. */
const activeContent = /\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b/;

describe('a report PDF built from text containing markup and PDF script', () => {
  it('prints the markup as text and holds no script, launch or open action', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const base = `/api/investigations/${investigationId}`;
    await clients.lead.patch(base, { summary: `Summary ${markup}`, version: 1 }).expect(200);
    const agency = await clients.lead.post(`${base}/agencies`, { name: 'Police <b>bold</b>', kind: 'police' }).expect(201);
    await clients.lead.post(`${base}/events`, { occurred: '2023-03-14', kind: 'event', description: `Entry ${markup} /JavaScript (app.alert(1))`, agencyId: agency.body.data.id }).expect(201);
    const factor = await clients.lead.post(`${base}/factors`, { level: 'organisational', category: 'workload', statement: `Factor ${markup}` }).expect(201);
    await clients.lead.post(`${base}/findings`, { type: 'contributing_factor', statement: `Finding ${markup}`, factorIds: [factor.body.data.id] }).expect(201);
    for (const edition of ['restricted', 'published']) {
      const res = await clients.lead.get(`${base}/reports/learning-review.pdf?edition=${edition}`).buffer(true)
        .parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); });
      expect(res.status, String(res.body).slice(0, 300)).toBe(200);
      const pdf = res.body as Buffer;
      expect(pdf.toString('latin1'), edition).not.toMatch(activeContent);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text, edition).toContain('<img src=x onerror=alert(1)>');
    }
  }, 60_000);
});
