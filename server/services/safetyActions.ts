import { safetyActions } from '../../schema/tables';
import type { SafetyAction } from '../../schema/contracts/findings';
import type { Db } from '../db/open';
import { unprocessable } from '../http/errors';
import type { Actor } from './actor';
import { assertAgencyIn } from './agencies';
import { makeCrud } from './crud';

type SafetyActionRow = typeof safetyActions.$inferSelect;

const crud = makeCrud<SafetyActionRow, SafetyAction>({
  table: safetyActions,
  entity: 'safety_action',
  orderBy: safetyActions.takenOn,
  present: (r) => ({ id: r.id, agencyId: r.agencyId, takenOn: r.takenOn, description: r.description, version: r.version }),
  check: (db, investigationId, values) => assertAgencyIn(db, investigationId, values.agencyId as string | undefined),
});

/** Safety action is action already taken, so its date cannot lie in the future. */
function assertTaken(actor: Actor, takenOn: string | undefined): void {
  if (takenOn && takenOn > actor.at.slice(0, 10)) throw unprocessable('takenOn: safety action already taken cannot be dated in the future');
}

/** Safety action agencies have already taken, per investigation. */
export const safetyActionService = {
  list: crud.list,
  create(db: Db, actor: Actor, investigationId: string, input: { agencyId: string; takenOn: string; description: string }): SafetyAction {
    assertTaken(actor, input.takenOn);
    return crud.create(db, actor, investigationId, input);
  },
  update(db: Db, actor: Actor, investigationId: string, id: string, input: { version: number; agencyId?: string; takenOn?: string; description?: string }): SafetyAction {
    assertTaken(actor, input.takenOn);
    return crud.update(db, actor, investigationId, id, input);
  },
  remove: crud.remove,
};
