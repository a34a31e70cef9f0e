import { describe, expect, it } from 'vitest';
import { buildTestApp, buildInvestigationWithRoles } from '../helpers/app';
import { buildFactor, buildReviewFixture } from '../helpers/reviewFactories';
import { readInvestigationContent } from '../../server/services/investigationContent';
import { canonicalJson } from '../../server/review/canonicalJson';
import { contentKinds } from '../../schema/contracts/review';

async function world() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const fx = await buildReviewFixture(db, investigationId, clients.lead.userId);
  return { app, db, investigationId, clients, fx };
}

describe('readInvestigationContent', () => {
  it('holds every entity kind of the investigation, with the join rows folded into their owners', async () => {
    const { db, investigationId, fx } = await world();
    const content = readInvestigationContent(db, investigationId);
    expect(Object.keys(content).sort()).toEqual(['formatVersion', ...contentKinds].sort());
    expect(content.formatVersion).toBe(1);
    expect(content.investigation).toMatchObject({ id: investigationId, title: 'Test investigation' });
    const ids = (kind: Exclude<(typeof contentKinds)[number], 'investigation'>) => content[kind].map((r) => r.id);
    expect(ids('agencies')).toEqual([fx.agency.id]);
    expect(ids('people')).toEqual([fx.child.id]);
    expect(ids('sources')).toEqual([fx.source.id]);
    expect(ids('episodes')).toEqual([fx.episode.id]);
    expect(ids('eventLinks')).toEqual([fx.link.id]);
    expect(ids('factorLinks')).toEqual([fx.factorLink.id]);
    expect(ids('recommendations')).toEqual([fx.recommendation.id]);
    expect(ids('safetyActions')).toEqual([fx.action.id]);
    expect(content.responses).toHaveLength(1);
    const visit = content.events.find((e) => e.id === fx.visit.id)!;
    expect(visit.people).toEqual([{ personId: fx.child.id, role: 'subject' }]);
    expect(visit.sourceIds).toEqual([fx.source.id]);
    expect(visit).not.toHaveProperty('investigationId');
    const workload = content.factors.find((f) => f.id === fx.workload.id)!;
    expect(workload.evidence).toEqual([{ eventId: null, sourceId: fx.source.id }, { eventId: fx.missed.id, sourceId: null }]);
    expect(content.findings[0]!.factorIds).toEqual([fx.workload.id, fx.individual.id].sort());
    expect(content.recommendations[0]!.findingIds).toEqual([fx.finding.id]);
  });

  it('sorts every list by id and every object by key, so its JSON text is canonical', async () => {
    const { db, investigationId } = await world();
    const content = readInvestigationContent(db, investigationId);
    expect(JSON.stringify(content)).toBe(canonicalJson(content));
    for (const kind of contentKinds.slice(1)) {
      const ids = (content[kind] as { id: string }[]).map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
    expect(JSON.stringify(readInvestigationContent(db, investigationId))).toBe(JSON.stringify(content));
  });

  it('leaves out everything of other investigations', async () => {
    const { app, db, investigationId } = await world();
    const other = await buildInvestigationWithRoles(app, db);
    await buildReviewFixture(db, other.investigationId, other.clients.lead.userId);
    const foreign = buildFactor(db, other.investigationId);
    const text = JSON.stringify(readInvestigationContent(db, investigationId));
    expect(text).not.toContain(other.investigationId);
    expect(text).not.toContain(foreign.id);
    expect(readInvestigationContent(db, investigationId).factors).toHaveLength(2);
  });
});
