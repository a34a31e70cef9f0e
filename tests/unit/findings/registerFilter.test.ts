import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../schema/contracts/findings';
import { filterRegister } from '../../../server/findings/registerFilter';

const entry = (identifier: string, o: Partial<RegisterEntry> = {}): RegisterEntry => ({
  id: identifier, identifier, investigationId: 'inv-1', investigationReference: 'R1', investigationTitle: 'T', addresseeName: 'NHS England',
  text: 't', intendedOutcome: '', measure: '', status: 'open', assessment: 'awaiting_response', issuedAt: `${identifier.slice(0, 4)}-02-01`,
  responseDueAt: `${identifier.slice(0, 4)}-05-02`, responseCount: 0, lastResponseOn: null, overdue: false, statusReason: '',
  supersededByIdentifier: null, canEdit: true, ...o,
});

const entries = [
  entry('2025-002', { status: 'closed', assessment: 'adequate' }),
  entry('2026-010', { addresseeName: "Northbridge Children's Social Care", overdue: true }),
  entry('2026-002', { investigationId: 'inv-2', addresseeName: 'Ofsted' }),
];
const ids = (list: RegisterEntry[]) => list.map((e) => e.identifier);

describe('filterRegister', () => {
  it('returns every entry, newest identifier first, with no filter', () => {
    expect(ids(filterRegister(entries, {}))).toEqual(['2026-010', '2026-002', '2025-002']);
  });

  it('applies each filter, and all of them together', () => {
    expect(ids(filterRegister(entries, { status: 'closed' }))).toEqual(['2025-002']);
    expect(ids(filterRegister(entries, { assessment: 'adequate' }))).toEqual(['2025-002']);
    expect(ids(filterRegister(entries, { addressee: 'CHILDREN' }))).toEqual(['2026-010']);
    expect(ids(filterRegister(entries, { overdue: true }))).toEqual(['2026-010']);
    expect(ids(filterRegister(entries, { overdue: false }))).toEqual(['2026-002', '2025-002']);
    expect(ids(filterRegister(entries, { year: 2026 }))).toEqual(['2026-010', '2026-002']);
    expect(ids(filterRegister(entries, { investigationId: 'inv-2' }))).toEqual(['2026-002']);
    expect(ids(filterRegister(entries, { year: 2026, investigationId: 'inv-1', overdue: false }))).toEqual([]);
  });
});
