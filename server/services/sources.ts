import { sources } from '../../schema/tables';
import type { Source } from '../../schema/contracts/chronology';
import { assertAgencyIn } from './agencies';
import { makeCrud } from './crud';

type SourceRow = typeof sources.$inferSelect;

/** Presents a source row. */
export const presentSource = (r: SourceRow): Source => ({
  id: r.id, title: r.title, agencyId: r.agencyId, kind: r.kind as Source['kind'], reference: r.reference, version: r.version,
});

/** Documents, records and interviews that chronology entries cite. */
export const sourceService = makeCrud<SourceRow, Source>({
  table: sources,
  entity: 'source',
  orderBy: sources.title,
  present: presentSource,
  check(db, investigationId, values) {
    assertAgencyIn(db, investigationId, values.agencyId as string | null | undefined);
  },
});
