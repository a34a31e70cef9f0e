import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';

// A soft hyphen (U+00AD) and a zero-width space (U+200B), as text pasted from a word processor or a web page carries them.
const SHY = '\u00AD';
const ZWSP = '\u200B';

describe('text with characters that print as nothing', () => {
  it('is stored without them, so a name pasted with one inside is still replaced for panel members', async () => {
    const { app, db } = buildTestApp();
    const { clients, investigationId } = await buildInvestigationWithRoles(app, db);
    const base = `/api/investigations/${investigationId}`;
    await clients.lead.post(`${base}/people`, { kind: 'practitioner', realName: 'Priya Ramanathan', jobTitle: 'Social worker' }).expect(201);
    const factor = (await clients.lead.post(`${base}/factors`, {
      level: 'organisational', category: 'workload', statement: `Pri${SHY}ya Rama${ZWSP}nathan held 40 cases`, description: `Noted by Rama${SHY}nathan.`,
    }).expect(201)).body.data;
    expect(factor).toMatchObject({ statement: 'Priya Ramanathan held 40 cases', description: 'Noted by Ramanathan.' });
    const seen = (await clients.panel.get(`${base}/factors/${factor.id}`).expect(200)).body.data;
    expect(seen).toMatchObject({ statement: 'Social Worker 1 held 40 cases', description: 'Noted by Social Worker 1.' });
  });

  it('counts as empty when nothing else is there', async () => {
    const { app, db } = buildTestApp();
    const { clients, investigationId } = await buildInvestigationWithRoles(app, db);
    const res = await clients.lead.post(`/api/investigations/${investigationId}/factors`, { level: 'organisational', category: 'workload', statement: `${ZWSP}${SHY}` });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('statement: must not be empty');
  });
});
