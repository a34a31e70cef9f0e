import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildInvestigationWithRoles, buildTestApp, type Client } from '../helpers/app';
import { REGISTERED, seedReportInvestigation, type SeededReport } from '../helpers/reportSeed';
import { binary, keepOutput, pdfInfo, pdfPages, pdfText } from '../helpers/pdfTools';

type Roles = Awaited<ReturnType<typeof buildInvestigationWithRoles>>['clients'];
const flat = (s: string) => s.replace(/\s+/g, ' ');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const json = (body: Buffer) => JSON.parse(body.toString('utf8'));

/** A registered name found as a whole word, in any case form or possessive. */
const mentions = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

let clients: Roles;
let id: string;
let seeded: SeededReport;
const pdf = (who: Client, query: string, template = 'learning-review') => binary(who.get(`/api/investigations/${id}/reports/${template}.pdf?${query}`));

beforeAll(async () => {
  const { app, db } = buildTestApp();
  const world = await buildInvestigationWithRoles(app, db);
  clients = world.clients;
  id = world.investigationId;
  seeded = seedReportInvestigation(db, id, clients.lead.userId);
});

describe('GET /api/investigations/:id/reports/templates', () => {
  it('lists the standards every member may generate', async () => {
    const res = await clients.observer.get(`/api/investigations/${id}/reports/templates`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { id: string }) => t.id)).toEqual(['learning-review', 'preliminary', 'rapid-review']);
  });
});

describe('GET /api/investigations/:id/reports/:template.pdf — restricted edition', () => {
  let body: Buffer;
  beforeAll(async () => {
    const res = await pdf(clients.lead, 'edition=restricted&stage=draft');
    expect(res.status).toBe(200);
    body = res.body;
    keepOutput('api-learning-review-restricted-draft.pdf', body);
  });

  it('responds with a PDF attachment and its SHA-256', async () => {
    const res = await pdf(clients.investigator, 'edition=restricted');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?TEST-\d+-learning-review-restricted-draft\.pdf"?$/);
    expect(res.headers['x-report-sha256']).toBe(sha(res.body));
  });

  it('shows real identities and carries the restricted warning on every page', () => {
    const text = pdfText(body);
    expect(text).toContain('Zoë Thornbury');
    expect(text).toContain('Łukasz Nowak (HV1)');
    for (const page of pdfPages(body)) expect(page).toContain('RESTRICTED — contains personal data');
  });

  it('contains every section heading, entry, factor statement, finding and recommendation identifier', () => {
    const text = flat(pdfText(body));
    for (const heading of ['0 Front matter', '1 Synopsis', '2 Factual information', '3 Analysis', '4 Findings', '5 Safety action already taken', '6 Safety recommendations', '7 Appendices', '7.2 Integrated chronology']) {
      expect(text).toContain(heading);
    }
    for (const ref of ['C-001', 'C-002', 'C-003', 'Finding 1', 'Finding 2']) expect(text).toContain(ref);
    for (const statement of seeded.factorStatements) expect(text).toContain(statement);
    for (const identifier of seeded.identifiers) expect(text).toContain(identifier);
  });

  it('lists the open language flags in an appendix of a draft', () => {
    const text = flat(pdfText(body));
    expect(text).toContain('Open language flags');
    expect(text).toMatch(/3\.2\.4\.1 F-04 "failed to"/);
  });

  it('gives byte-identical files for the same data and date', async () => {
    const again = await pdf(clients.lead, 'edition=restricted&stage=draft');
    expect(sha(again.body)).toBe(sha(body));
  });

  it('responds 403 to panel members and observers, who may not see identities', async () => {
    for (const who of [clients.panel, clients.observer]) {
      const res = await pdf(who, 'edition=restricted');
      expect(res.status).toBe(403);
      expect(json(res.body).error.message).toMatch(/restricted edition/);
    }
  });
});

describe('GET /api/investigations/:id/reports/:template.pdf — published edition', () => {
  let body: Buffer;
  beforeAll(async () => {
    const res = await pdf(clients.panel, 'edition=published&stage=draft&dateStyle=month');
    expect(res.status).toBe(200);
    body = res.body;
    keepOutput('api-learning-review-published-draft.pdf', body);
  });

  it('contains no registered name, alias, date of birth or identifier in any case form, in text or metadata', () => {
    const text = pdfText(body);
    const { info, metadata } = pdfInfo(body);
    const everything = [text, Object.values(info).join('\n'), metadata];
    for (const name of REGISTERED) {
      for (const form of [name, name.toUpperCase(), name.toLowerCase(), `${name}'s`]) {
        for (const part of everything) expect(mentions(part, form), `"${form}" in the published edition`).toBe(false);
      }
    }
    expect(text).not.toMatch(/kayleigh\.t@example\.com|07700 900123/);
    expect(text).toContain('[email address]');
  });

  it('names people by pseudonym and role code, and shows dates by month', () => {
    const text = flat(pdfText(body));
    expect(text).toContain('Child A');
    expect(text).toContain('HV1');
    expect(text).toContain('March 2023');
    expect(text).not.toContain('14 Mar 2023');
    expect(text).not.toContain('RESTRICTED');
  });

  it('shows dates relative to the incident when the publisher chooses', async () => {
    const res = await pdf(clients.lead, 'edition=published&dateStyle=relative');
    const text = flat(pdfText(res.body));
    expect(text).toContain('10 months before the incident');
    expect(text).not.toContain('March 2023');
  });

  it('renders the preliminary and rapid-review standards as published editions', async () => {
    for (const template of ['preliminary', 'rapid-review']) {
      const res = await pdf(clients.observer, 'edition=published', template);
      expect(res.status).toBe(200);
      keepOutput(`api-${template}-published-draft.pdf`, res.body);
      expect(mentions(pdfText(res.body), 'Thornbury')).toBe(false);
    }
  });
});

describe('GET /api/investigations/:id/reports/:template.pdf — an investigation with no data yet', () => {
  it('generates every standard in both editions, with empty sections saying so', async () => {
    const { app, db } = buildTestApp();
    const empty = await buildInvestigationWithRoles(app, db);
    for (const template of ['learning-review', 'preliminary', 'rapid-review']) {
      for (const edition of ['restricted', 'published']) {
        const res = await binary(empty.clients.lead.get(`/api/investigations/${empty.investigationId}/reports/${template}.pdf?edition=${edition}&stage=consultation`));
        expect(res.status, `${template} ${edition}`).toBe(200);
        const text = flat(pdfText(res.body));
        expect(text).toContain('Draft for consultation');
        if (template === 'learning-review') {
          expect(text).toContain('The chronology has no entries yet.');
          expect(text).toContain('No findings have been recorded yet.');
        }
      }
    }
  });
});

describe('GET /api/investigations/:id/reports/:template.pdf — bad requests', () => {
  it('responds 404 for an unknown template and 400 naming the field for a bad edition', async () => {
    expect((await pdf(clients.lead, 'edition=published', 'no-such-report')).status).toBe(404);
    const res = await pdf(clients.lead, 'edition=secret');
    expect(res.status).toBe(400);
    expect(json(res.body).error.message).toMatch(/edition/);
  });
});

describe('GET /api/investigations/:id/reports/language-check', () => {
  it('lists each flagged phrase with its location, entity, reason and reframing', async () => {
    const res = await clients.panel.get(`/api/investigations/${id}/reports/language-check`);
    expect(res.status).toBe(200);
    expect(res.body.data.counts).toEqual({ open: 1, considered: 0 });
    expect(res.body.data.flags[0]).toMatchObject({
      key: seeded.flaggedKey, phrase: 'failed to', location: '3.2.4.1', section: '3.2.4 Individual factors', ref: 'F-04',
      source: { kind: 'factor', field: 'statement' }, status: 'open', suggestion: expect.stringContaining('did not'),
    });
  });

  it('responds 404 for an unknown template', async () => {
    expect((await clients.lead.get(`/api/investigations/${id}/reports/language-check?template=nope`)).status).toBe(404);
  });
});

describe('final reports and the history', () => {
  it('refuses a final edition while a flag is open, listing it, and records nothing', async () => {
    const res = await pdf(clients.lead, 'edition=published&stage=final');
    expect(res.status).toBe(422);
    const error = json(res.body).error;
    expect(error.message).toMatch(/^stage: a final report cannot be generated while 1 language flag is/);
    expect(error.details.flags[0]).toMatchObject({ key: seeded.flaggedKey, location: '3.2.4.1', ref: 'F-04', phrase: 'failed to' });
    expect((await clients.lead.get(`/api/investigations/${id}/reports`)).body.data).toEqual([]);
  });

  it('responds 422 when acknowledging a field with no flag, and 403 to the panel', async () => {
    const url = `/api/investigations/${id}/reports/language-check/acknowledgements`;
    const missing = await clients.lead.post(url, { key: `factor:${seeded.factorIds[0]}:statement`, reason: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toMatch(/^key: no flagged wording/);
    expect((await clients.panel.post(url, { key: seeded.flaggedKey, reason: 'x' })).status).toBe(403);
  });

  it('generates and records the final edition once the flag is marked considered, and reopens it', async () => {
    const url = `/api/investigations/${id}/reports/language-check/acknowledgements`;
    const ack = await clients.investigator.post(url, { key: seeded.flaggedKey, reason: 'Quoted from the agency management review' });
    expect(ack.status).toBe(201);
    const check = await clients.lead.get(`/api/investigations/${id}/reports/language-check`);
    expect(check.body.data.counts).toEqual({ open: 0, considered: 1 });
    expect(check.body.data.flags[0]).toMatchObject({ status: 'considered', acknowledgementId: ack.body.data.id });

    const res = await pdf(clients.lead, 'edition=published&stage=final');
    expect(res.status).toBe(200);
    keepOutput('api-learning-review-published-final.pdf', res.body);
    expect(flat(pdfText(res.body))).not.toContain('Open language flags');
    const history = await clients.observer.get(`/api/investigations/${id}/reports`);
    expect(history.body.data).toEqual([expect.objectContaining({
      template: 'learning-review', edition: 'published', stage: 'final', sha256: sha(res.body), generatedBy: 'Lead Investigator',
    })]);

    const reopen = await clients.lead.delete(`${url}/${ack.body.data.id}?version=1`);
    expect(reopen.status).toBe(204);
    expect((await pdf(clients.lead, 'edition=published&stage=final')).status).toBe(422);
  });
});

describe('notes of dissent in the report', () => {
  it('shows dissent in the restricted edition, and in the published one only once agreed for publication, pseudonymised', async () => {
    const { app, db } = buildTestApp();
    const w = await buildInvestigationWithRoles(app, db);
    const s = seedReportInvestigation(db, w.investigationId, w.clients.lead.userId);
    const get = (who: Client, edition: string) => binary(who.get(`/api/investigations/${w.investigationId}/reports/learning-review.pdf?edition=${edition}`));
    const decision = await w.clients.panel.post(`/api/investigations/${w.investigationId}/reviews`, {
      targetKind: 'finding', targetId: s.findingIds[1], status: 'disputed', targetVersion: 1, reason: 'Kay described the caseload differently at the panel meeting.',
    });
    expect(decision.status).toBe(201);
    const restricted = flat(pdfText((await get(w.clients.lead, 'restricted')).body));
    expect(restricted).toContain('Dissent recorded by the panel');
    expect(restricted).toContain('Finding 2: a panel member recorded the view "disputed": Kay described the caseload differently');
    expect(flat(pdfText((await get(w.clients.lead, 'published')).body))).not.toContain('Dissent recorded by the panel');

    const agreed = await w.clients.lead.patch(`/api/investigations/${w.investigationId}/reviews/${decision.body.data.decision.id}`, { version: 1, agreedForPublication: true });
    expect(agreed.status).toBe(200);
    const published = flat(pdfText((await get(w.clients.panel, 'published')).body));
    expect(published).toContain('Finding 2: a panel member recorded the view "disputed": Mother described the caseload differently');
  });
});
