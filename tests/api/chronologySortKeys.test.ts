import { describe, expect, it } from 'vitest';
import { correctSortKeys } from '../../server/services/chronologySortKeys';
import { listEvents } from '../../server/services/eventList';
import { parseEdtf } from '../../schema/edtf';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';

describe('correctSortKeys', () => {
  it('moves an entry saved with the old reading of "up to May 2019" to the end of May, and leaves everything else alone', async () => {
    const { app, db } = buildTestApp();
    const w = await buildChronologyWorld(app, db);
    const upTo = buildEvent(db, w.investigationId, w.clients.lead.userId, { occurred: '../2019-05', description: 'Concerns raised up to May' });
    const mid = buildEvent(db, w.investigationId, w.clients.lead.userId, { occurred: '2019-05-14', description: 'Visit in mid May' });
    const range = buildEvent(db, w.investigationId, w.clients.lead.userId, { occurred: '2019-03/2019-05', description: 'Spring' });
    // As saved before 26 November 2026: from the start of its known end.
    const may = parseEdtf('2019-05');
    db.$client.prepare('update events set sort_start = ?, sort_end = ? where id = ?').run(may.start, may.end, upTo.id);
    const versions = () => Object.fromEntries(listEvents(db, w.investigationId).map((e) => [e.id, e.version]));
    const before = versions();
    expect(listEvents(db, w.investigationId).map((e) => e.id)).toEqual([range.id, upTo.id, mid.id]);

    expect(correctSortKeys(db)).toBe(1);
    expect(listEvents(db, w.investigationId).map((e) => e.id)).toEqual([range.id, mid.id, upTo.id]);
    const fixed = listEvents(db, w.investigationId).find((e) => e.id === upTo.id)!;
    expect([fixed.start, fixed.end]).toEqual([may.end, may.end]);
    expect(versions()).toEqual(before);
    expect(correctSortKeys(db)).toBe(0);
  });
});
