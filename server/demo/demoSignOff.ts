import type { Db } from '../db/open';
import { actorOf } from '../services/actor';
import { createSnapshot, signOffSnapshot } from '../services/snapshots';
import type { DemoIds } from './seedDemo';

/** The label of the demo's signed-off snapshot, the version a lead investigator publishes. */
export const DEMO_SIGNED_OFF_LABEL = 'Panel meeting 2: analysis and findings agreed';

/**
 * Freezes the finished demo investigation and records the panel's sign-off on it, so the demo can be published the
 * way a real review is: from the version the panel signed off.
 */
export function seedDemoSignOff(db: Db, ids: DemoIds, userId: string, now: Date): void {
  const actor = actorOf(userId, now);
  const snapshot = createSnapshot(db, actor, ids.investigationId, DEMO_SIGNED_OFF_LABEL);
  signOffSnapshot(db, actor, ids.investigationId, snapshot.id, 'The panel agreed the analysis, findings and recommendations for the final report.');
}
