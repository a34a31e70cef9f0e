import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';

type World = Awaited<ReturnType<typeof buildChronologyWorld>>;
type Finding = { kind: string; found: string; location: { kind: string; id: string; field: string }; start: number; end: number; key: string | null };

const REPEATED = 'Visit to 14 Acacia Avenue; Mr Okonjo was present.';

describe('GET /api/investigations/:id/publication/scan — text repeated across entries', () => {
  let w: World;
  let ids: string[];
  let findings: Finding[];
  beforeAll(async () => {
    const { app, db } = buildTestApp();
    w = await buildChronologyWorld(app, db);
    const entry = (occurred: string, description: string) => buildEvent(db, w.investigationId, w.clients.lead.userId, { occurred, description }).id;
    ids = [entry('2023-03-01', REPEATED), entry('2023-03-02', 'Telephone call; no answer.'), entry('2023-03-03', REPEATED)];
    const res = await w.clients.lead.get(`/api/investigations/${w.investigationId}/publication/scan`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    findings = res.body.data.findings;
  });

  it('lists the address and the suspected name at every entry that holds them, with the same offsets', () => {
    const inDescriptions = findings.filter((f) => f.location.field === 'description')
      .map((f) => [f.location.id, f.kind, f.found, f.start, f.end, f.key]);
    expect(inDescriptions).toEqual([
      [ids[0], 'address', '14 Acacia Avenue', 9, 25, null],
      [ids[0], 'suspected_name', 'Okonjo', 30, 36, 'okonjo'],
      [ids[2], 'address', '14 Acacia Avenue', 9, 25, null],
      [ids[2], 'suspected_name', 'Okonjo', 30, 36, 'okonjo'],
    ]);
  });
});
