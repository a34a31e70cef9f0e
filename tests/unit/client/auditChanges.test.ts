import { describe, expect, it } from 'vitest';
import { auditFieldChanges, auditItemName, auditQuery, readFilters } from '../../../client/src/views/audit/auditChanges';
import { listsReferenced } from '../../../client/src/views/audit/auditNames';
import { describeChange, entityLabel } from '../../../client/src/components/changeWords';

describe('auditFieldChanges', () => {
  it('lists only the fields an edit changed, leaving out bookkeeping', () => {
    const before = { id: 'f1', statement: 'Caseloads were high', confidence: 'likely', description: '', version: 1, updatedAt: 'a' };
    const after = { id: 'f1', statement: 'Caseloads were high', confidence: 'very_likely', description: null, version: 2, updatedAt: 'b' };
    expect(auditFieldChanges(before, after)).toEqual([{ field: 'confidence', before: 'likely', after: 'very_likely' }]);
  });

  it('lists the fields given a value when an item is added, and those it had when removed', () => {
    const row = { id: 'a1', investigationId: 'i1', name: 'Health visiting', kind: 'health', note: '', aliases: [] };
    expect(auditFieldChanges(null, row)).toEqual([{ field: 'name', before: null, after: 'Health visiting' }, { field: 'kind', before: null, after: 'health' }]);
    expect(auditFieldChanges(row, null)).toEqual([{ field: 'name', before: 'Health visiting', after: null }, { field: 'kind', before: 'health', after: null }]);
  });

  it('names the item from its values after, or before when it was removed', () => {
    expect(auditItemName({ before: null, after: { statement: 'New' } })).toBe('New');
    expect(auditItemName({ before: { title: 'Gone' }, after: null })).toBe('Gone');
  });
});

describe('readFilters and auditQuery', () => {
  it('reads the filters from the address, dropping malformed dates and pages', () => {
    expect(readFilters(new URLSearchParams('view=audit&person=u1&entity=factor&from=2026-03-01&to=tomorrow&page=-2'))).toEqual({
      person: 'u1', entity: 'factor', action: '', from: '2026-03-01', to: '', page: 1,
    });
  });

  it('asks the API for one page under the filters', () => {
    const q = auditQuery({ person: 'u1', entity: '', action: 'update', from: '', to: '2026-03-05', page: 3 }, 50);
    expect(q.toString()).toBe('userId=u1&action=update&to=2026-03-05&limit=50&offset=100');
  });
});

describe('listsReferenced', () => {
  it('names the lists whose items the changed fields point to', () => {
    const entries = [
      { id: 1, at: '', userId: null, userName: null, entity: 'factor', entityId: 'f1', action: 'update', before: { eventIds: [] }, after: { eventIds: ['e1'] } },
      { id: 2, at: '', userId: null, userName: null, entity: 'event', entityId: 'e1', action: 'create', before: null, after: { agencyId: 'a1', episodeId: null } },
      { id: 3, at: '', userId: null, userName: null, entity: 'comment', entityId: 'c1', action: 'create', before: null, after: { targetKind: 'finding', targetId: 'g1', authorId: 'u1' } },
    ];
    expect(listsReferenced(entries)).toEqual(['agencies', 'events', 'findings', 'members']);
  });
});

describe('changeWords', () => {
  it('describes changes in short phrases', () => {
    expect(describeChange('factor', 'update')).toBe('changed a factor');
    expect(describeChange('snapshot', 'create')).toBe('froze a version of the investigation');
    expect(describeChange('snapshot', 'sign_off')).toBe('signed off a frozen version');
    expect(describeChange('new_thing', 'archive')).toBe('archive an item (new thing)');
    expect(entityLabel('event_link')).toBe('Link between entries');
  });
});
