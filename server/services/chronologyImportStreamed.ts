import type { Db } from '../db/open';
import type { ImportResult } from '../../schema/contracts/chronology';
import { unpackRows, type BackgroundReading } from '../chronology/backgroundReading';
import type { Actor } from './actor';
import { alreadyImported, importedKeys, importResult, importWriter, inImportTransaction } from './chronologyImportWrite';
import { sameOccasionAgainstNow, type OccasionRow } from './sameOccasion';

/** The file turned out to need the ordinary import: it has bad rows or cannot be read, or the reader failed. */
class ReadOnThisThread extends Error {}

/**
 * Imports a file while the reader thread is still reading it (see backgroundReading.ts): each chunk of rows is
 * written as it arrives, inside one import transaction, with the same checks and result as the ordinary import.
 * A file with any bad row, or one that cannot be read, is rolled back and undefined is returned, so that the
 * ordinary import refuses it with every row's reason (nothing is written either way).
 */
export function importWhileReading(db: Db, actor: Actor, investigationId: string, agencyId: string, fileName: string,
  reading: BackgroundReading): ImportResult | undefined {
  try {
    return inImportTransaction(db, (tx) => {
      const known = importedKeys(tx, investigationId);
      const sameOccasion = sameOccasionAgainstNow(tx, investigationId);
      const writer = importWriter(tx, db, actor, investigationId, agencyId);
      const duplicates: ImportResult['duplicates'] = [];
      const fresh: OccasionRow[] = [];
      let total = 0;
      for (;;) {
        const message = reading.next();
        if (message.kind === 'failed') throw new ReadOnThisThread(message.message);
        if (message.kind === 'rows') {
          for (const row of unpackRows(message.cells)) {
            total++;
            const eventId = known.get(row.key);
            if (eventId) {
              duplicates.push(alreadyImported(row.rowNumber, eventId));
              continue;
            }
            writer.write(row, row.key);
            fresh.push(row);
          }
          continue;
        }
        if (!message.reading.ok || message.reading.file.errors.length > 0) throw new ReadOnThisThread('the file has bad rows');
        const result = importResult(message.reading.file, { dryRun: false, rows: [], errors: [], notes: message.notes, duplicates, sameOccasion: sameOccasion(fresh) });
        result.batchId = writer.finish({ fileName, fileHash: message.fileHash, total });
        result.imported = writer.written;
        return result;
      }
    });
  } catch (e) {
    if (e instanceof ReadOnThisThread) return undefined;
    throw e;
  }
}
