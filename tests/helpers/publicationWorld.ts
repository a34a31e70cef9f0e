import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { actorOf } from '../../server/services/actor';
import { acknowledgeLanguage } from '../../server/reports/language/service';
import { createSnapshot, signOffSnapshot } from '../../server/services/snapshots';
import { FIXED_NOW, buildInvestigationWithRoles, buildTestApp } from './app';
import { seedReportInvestigation, type SeededReport } from './reportSeed';

/** A complete sign-off for POST /publication. */
export const SIGN_OFF = {
  harmToSiblingsConsidered: { confirmed: true, note: 'Discussed with the virtual school head; no sibling is named or placed.' },
  familyConsultedOnPseudonym: { confirmed: true, note: 'The family chose the pseudonym at the consultation meeting.' },
};

/** The body of a publication request of a snapshot. */
export const publicationBody = (snapshotId: string, extra: Record<string, unknown> = {}) => ({ signOff: SIGN_OFF, dateStyle: 'month', snapshotId, ...extra });

/** Freezes the investigation as it is now and records the panel's sign-off on it; returns the snapshot's id. */
export function buildSignedOffSnapshot(db: Db, investigationId: string, userId: string, label = 'Panel meeting 3'): string {
  const actor = actorOf(userId, FIXED_NOW);
  const snapshot = createSnapshot(db, actor, investigationId, label);
  signOffSnapshot(db, actor, investigationId, snapshot.id, 'Agreed by the panel.');
  return snapshot.id;
}

/**
 * An app with the seeded report investigation (Unicode names, DOB, NHS number) ready to publish: its one hindsight
 * phrase marked considered, and a snapshot of it signed off by the panel (`snapshotId`).
 */
export async function buildPublishableWorld(app?: { app: Express; db: Db }) {
  const built = app ?? buildTestApp();
  const { clients, investigationId } = await buildInvestigationWithRoles(built.app, built.db);
  const seeded: SeededReport = seedReportInvestigation(built.db, investigationId, clients.lead.userId);
  acknowledgeLanguage(built.db, actorOf(clients.lead.userId, FIXED_NOW), investigationId, { key: seeded.flaggedKey, reason: 'Quoted from the agency report.' }, FIXED_NOW);
  const snapshotId = buildSignedOffSnapshot(built.db, investigationId, clients.lead.userId);
  return { ...built, clients, investigationId, seeded, snapshotId };
}
