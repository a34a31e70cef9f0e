import { describe, expect, it } from 'vitest';
import { findLanguageIssues } from '../../schema/lexicon';
import { seedDemo } from '../../server/demo/seedDemo';
import { listEvents } from '../../server/services/eventList';
import { episodeService } from '../../server/services/episodes';
import { listGaps } from '../../server/services/gaps';
import { demoEntries } from '../../server/demo/demoChronologyData';
import { buildTestApp, buildUser, FIXED_NOW, login } from '../helpers/app';

async function seeded() {
  const { app, db } = buildTestApp();
  const lead = await buildUser(db);
  const { investigationId, accounts } = await seedDemo(db, lead.id, FIXED_NOW);
  return { app, db, investigationId, accounts };
}

describe('demo chronology', () => {
  it('has dozens of entries from at least five agencies between March 2023 and January 2024', async () => {
    const { db, investigationId } = await seeded();
    const events = listEvents(db, investigationId);
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(new Set(events.map((e) => e.agencyId)).size).toBeGreaterThanOrEqual(5);
    expect(Math.min(...events.map((e) => e.start))).toBeGreaterThanOrEqual(Date.parse('2023-03-01'));
    expect(Math.max(...events.map((e) => e.end))).toBeLessThan(Date.parse('2024-02-01'));
  });

  it('has uncertain, approximate and partial dates, non-events, unsourced entries and 3–4 episodes', async () => {
    const { db, investigationId } = await seeded();
    const events = listEvents(db, investigationId);
    expect(events.some((e) => e.uncertain)).toBe(true);
    expect(events.some((e) => e.approximate)).toBe(true);
    expect(events.filter((e) => e.precision === 'month').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.kind === 'non_event').length).toBeGreaterThanOrEqual(4);
    expect(events.some((e) => e.unsourced)).toBe(true);
    const episodes = episodeService.list(db, investigationId);
    expect(episodes.length).toBeGreaterThanOrEqual(3);
    expect(episodes.length).toBeLessThanOrEqual(4);
    expect(events.filter((e) => e.episodeId).length).toBeGreaterThan(20);
  });

  it('keeps the two strategy discussion accounts side by side, linked as conflicting, and links two records of one meeting', async () => {
    const { db, investigationId } = await seeded();
    const events = listEvents(db, investigationId);
    const conflicts = events.filter((e) => e.links.some((l) => l.kind === 'conflicts_with'));
    expect(conflicts.map((e) => e.display).sort()).toEqual(['13 Jun 2023', '13 Jun 2023 10:00']);
    expect(new Set(conflicts.map((e) => e.agencyId)).size).toBe(2);
    expect(events.filter((e) => e.links.some((l) => l.kind === 'same_occasion'))).toHaveLength(2);
  });

  it('shows the planned health visitor visit that did not happen as a non-event within its week', async () => {
    const { db, investigationId } = await seeded();
    const hv = listEvents(db, investigationId).find((e) => e.occurred === '2023-07-17/2023-07-21')!;
    expect(hv).toMatchObject({ kind: 'non_event', display: '17–21 Jul 2023', precision: 'day' });
  });

  it('finds periods in which no agency saw the child', async () => {
    const { db, investigationId } = await seeded();
    expect(listGaps(db, investigationId, 28).length).toBeGreaterThan(0);
  });

  it('uses neutral wording, without blame or hindsight language', () => {
    for (const e of demoEntries) expect(findLanguageIssues(`${e.text} ${e.known ?? ''}`), e.text).toEqual([]);
  });

  it('shows a panel member pseudonyms, never the real names written in the entries', async () => {
    const { app, investigationId, accounts } = await seeded();
    const panel = accounts.find((a) => a.role === 'panel')!;
    const client = await login(app, panel.email, panel.password);
    const res = await client.get(`/api/investigations/${investigationId}/events`).expect(200);
    const text = JSON.stringify(res.body);
    for (const name of ['Darren', 'Fowler', 'Kayleigh', 'Thornbury', 'Cobden Terrace']) expect(text).not.toContain(name);
    expect(text).toContain("Mother's partner");
  });
});
