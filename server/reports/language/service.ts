import type { Conn, Db } from '../../db/open';
import type { LanguageAcknowledgementCreateInput, LanguageCheck } from '../../../schema/contracts/reports';
import { standards } from '../../../templates/registry';
import { unprocessable } from '../../http/errors';
import type { Actor } from '../../services/actor';
import { deleteAcknowledgement, insertAcknowledgement } from '../../services/checkAcknowledgements';
import { numberDocument } from '../../../templates/numbering';
import { buildDocument } from '../../../templates/standard';
import { languageAcknowledgements, modelFor, prepareReport } from '../prepare';
import { LANGUAGE_RULE, checkLanguage } from './checkLanguage';

/** The language check of one standard's text as the restricted edition shows it, with the acknowledgement behind each considered flag. */
export function languageCheck(db: Conn, investigationId: string, template: string, now: Date): LanguageCheck {
  const { flags } = prepareReport(db, investigationId, { template, edition: 'restricted', stage: 'draft', dateStyle: 'month', generatedAt: now });
  const ackIds = new Map(languageAcknowledgements(db, investigationId).filter((a) => a.ruleId === LANGUAGE_RULE).map((a) => [a.targetKey, a.id]));
  const out = flags.map((f) => ({ ...f, acknowledgementId: f.status === 'considered' ? ackIds.get(f.key) ?? null : null }));
  return {
    template,
    flags: out,
    counts: { open: out.filter((f) => f.status === 'open').length, considered: out.filter((f) => f.status === 'considered').length },
  };
}

/** Fields with flagged wording in any standard: the rows are read and the model built once for every standard. */
function flaggedKeys(db: Conn, investigationId: string, now: Date): Set<string> {
  const model = modelFor(db, investigationId, { edition: 'restricted', stage: 'draft', dateStyle: 'month', generatedAt: now });
  return new Set(standards.flatMap((s) => checkLanguage(numberDocument(buildDocument(s, model)).document, []).map((f) => f.key)));
}

/** Marks every flag of one field considered, with the reason (audited); the field must have a current flag. */
export function acknowledgeLanguage(db: Db, actor: Actor, investigationId: string, input: LanguageAcknowledgementCreateInput, now: Date) {
  if (!flaggedKeys(db, investigationId, now).has(input.key)) throw unprocessable(`key: no flagged wording in "${input.key}"`);
  return db.transaction((tx) => {
    const row = insertAcknowledgement(tx, actor, investigationId, { ruleId: LANGUAGE_RULE, key: input.key, reason: input.reason },
      () => unprocessable('key: this wording is already marked as considered'));
    return { id: row.id, key: row.targetKey, reason: row.reason, version: row.version };
  });
}

/** Removes a language acknowledgement so its flags are open again (audited). */
export function reopenLanguage(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => deleteAcknowledgement(tx, actor, investigationId, id, version, 'acknowledgement', (row) => {
    if (row.ruleId !== LANGUAGE_RULE) throw unprocessable('ackId: not a report language acknowledgement');
  }));
}
