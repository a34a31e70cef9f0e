/**
 * A separate process that issues drafts through the service on its own database connection, for the
 * concurrent-issuing test. Usage: node --import tsx issueWorker.ts <dbPath> <userId> <investigationId> <isoNow> <draftId>...
 * Prints the identifiers it received as a JSON array.
 */
import { openDatabase } from '../../server/db/open';
import { actorOf } from '../../server/services/actor';
import { issueRecommendation } from '../../server/services/recommendations';

const [dbPath, userId, investigationId, isoNow, ...draftIds] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const identifiers = draftIds.map((id) =>
  issueRecommendation(db, actorOf(userId!, new Date(isoNow!)), investigationId!, id, { version: 1 }).identifier);
db.$client.close();
process.stdout.write(JSON.stringify(identifiers));
