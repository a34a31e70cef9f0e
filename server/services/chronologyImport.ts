import { createHash } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { events, investigations, people } from '../../schema/tables';
import { ImportMappingSchema, type ImportMapping, type ImportNote, type ImportResult } from '../../schema/contracts/chronology';
import { formatEdtf } from '../../schema/edtf';
import { unprocessable } from '../http/errors';
import type { Actor } from './actor';
import { assertAgencyIn } from './agencies';
import { readAgencyFile, type AgencyFile } from '../chronology/agencyFile';
import type { DateOrder } from '../chronology/agencyDates';
import { importKeysFor } from '../chronology/importKeys';
import type { ReadRow } from '../chronology/rows';
import type { DateContext } from '../chronology/plausibleDates';
import { notesOn, repeatNote } from '../chronology/importNotes';
import { findSameOccasion } from './sameOccasion';
import { alreadyImported, importedKeys, importResult, importWriter, inImportTransaction } from './chronologyImportWrite';
import { importWhileReading } from './chronologyImportStreamed';
import { readInBackground } from '../chronology/backgroundReading';

/** Options of one import, as given in the query string. */
export interface ImportOptions {
  agencyId: string;
  dryRun: boolean;
  dateOrder: DateOrder;
  fileName: string;
  mapping?: string;
  headerRow?: number;
}

function readMapping(text: string | undefined): ImportMapping {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unprocessable('mapping: must be JSON naming a column for each field, e.g. {"date":"Date of contact","description":"Details"}');
  }
  const parsed = ImportMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw unprocessable(`mapping${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  return parsed.data;
}

const presentRow = (r: ReadRow): ImportResult['rows'][number] => ({
  rowNumber: r.rowNumber, dateText: r.dateText, occurred: r.occurred.value, display: formatEdtf(r.occurred), precision: r.occurred.precision,
  uncertain: r.occurred.uncertain, approximate: r.occurred.approximate, start: r.occurred.start, end: r.occurred.end,
  kind: r.kind, description: r.description, source: r.source, actor: r.actor, outcome: r.outcome,
});

function summarise(errors: ImportResult['errors']): string {
  const shown = errors.slice(0, 20).map((e) => (e.row > 0 ? `row ${e.row} ${e.field}: ${e.message}` : `${e.field}: ${e.message}`));
  const more = errors.length > 20 ? `; and ${errors.length - 20} more` : '';
  const rows = new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size;
  const head = rows > 0 ? `${rows} row${rows === 1 ? '' : 's'} cannot be imported and nothing was imported` : 'the file cannot be imported';
  return `${head}: ${shown.join('; ')}${more}`;
}

/** The child's registered date of birth (the earliest, if several children) and the scope period, to check dates against. */
function dateContext(db: Conn, investigationId: string): DateContext {
  const scope = db.select({ start: investigations.scopeStart, end: investigations.scopeEnd }).from(investigations).where(eq(investigations.id, investigationId)).get();
  const births = db.select({ birth: people.dateOfBirth }).from(people)
    .where(and(eq(people.investigationId, investigationId), eq(people.kind, 'child'), isNotNull(people.dateOfBirth))).all().map((p) => p.birth!).sort();
  return { birth: births[0] ?? null, scopeStart: scope?.start ?? null, scopeEnd: scope?.end ?? null };
}

/**
 * Keys the rows (see importKeysFor) and notes each row repeating an earlier row of the file. Both are imported:
 * two "phone call, no answer" entries on one day can be genuine, and an agency's record is never dropped.
 */
function keyRows(agencyId: string, file: AgencyFile): { keys: string[]; repeats: ImportNote[] } {
  const repeats: ImportNote[] = [];
  const keys = importKeysFor(agencyId, file.rows, (i, first) => repeats.push(repeatNote(file.rows[i]!.rowNumber, file.rows[first]!.rowNumber)));
  return { keys, repeats };
}

/** What one file's rows come to against an investigation's entries: skipped as already imported, or fresh. */
interface ImportPlan { result: ImportResult; fresh: { row: ReadRow; key: string }[] }

function planImport(db: Conn, investigationId: string, o: ImportOptions, file: AgencyFile, { keys, repeats }: ReturnType<typeof keyRows>): ImportPlan {
  const known = importedKeys(db, investigationId);
  const duplicates: ImportResult['duplicates'] = [];
  const fresh: ImportPlan['fresh'] = [];
  file.rows.forEach((row, i) => {
    const eventId = known.get(keys[i]!);
    if (eventId) duplicates.push(alreadyImported(row.rowNumber, eventId));
    else fresh.push({ row, key: keys[i]! });
  });
  const result = importResult(file, {
    dryRun: o.dryRun, rows: o.dryRun ? file.rows.map(presentRow) : [], errors: file.errors, notes: notesOn(file, repeats, dateContext(db, investigationId)),
    duplicates, sameOccasion: findSameOccasion(db, investigationId, fresh.map((f) => f.row)),
  });
  return { result, fresh };
}

/**
 * Imports an agency's chronology file, all or nothing. Rows already imported (same import key) are skipped, so
 * re-importing a file adds nothing; entries about the same occasion as existing ones are suggested, never merged.
 * A dry run returns everything as understood without writing; a real import with any bad row is refused with 422.
 * A real import reads the keys already present in the transaction that writes, so no row can be imported twice.
 */
export function importChronology(db: Db, actor: Actor, investigationId: string, bytes: Buffer, o: ImportOptions): ImportResult {
  assertAgencyIn(db, investigationId, o.agencyId);
  const mapping = readMapping(o.mapping);
  const choices = { order: o.dateOrder, mapping, headerRow: o.headerRow, now: Date.parse(actor.at) };
  // A large file is read on the reader thread while this thread writes it; a file with bad rows comes back here.
  const background = o.dryRun ? undefined : readInBackground(bytes, choices, o.agencyId, () => dateContext(db, investigationId));
  const streamed = background && importWhileReading(db, actor, investigationId, o.agencyId, o.fileName, background);
  if (streamed) return streamed;
  const reading = readAgencyFile(bytes, choices);
  if (!reading.ok) {
    const { encoding, delimiter, headers, headerRow, errors } = reading.file;
    const result = importResult({ encoding, delimiter, headers, headerRow, mapping }, { dryRun: o.dryRun, rows: [], errors, notes: [], duplicates: [], sameOccasion: [] });
    throw unprocessable(summarise(errors), result);
  }
  const file = reading.file;
  const keys = keyRows(o.agencyId, file);
  if (o.dryRun) return planImport(db, investigationId, o, file, keys).result;
  if (file.errors.length > 0) {
    const { result } = planImport(db, investigationId, o, file, keys);
    throw unprocessable(summarise(file.errors), { ...result, rows: file.rows.map(presentRow) });
  }
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  return inImportTransaction(db, (tx) => {
    const { result, fresh } = planImport(tx, investigationId, o, file, keys);
    const writer = importWriter(tx, db, actor, investigationId, o.agencyId);
    for (const f of fresh) writer.write(f.row, f.key);
    result.batchId = writer.finish({ fileName: o.fileName, fileHash, total: file.rows.length });
    result.imported = writer.written;
    return result;
  });
}
