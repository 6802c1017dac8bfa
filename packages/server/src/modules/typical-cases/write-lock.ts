import { canTake, TYPICAL_CASE_ACTIONS, TYPICAL_CASE_STATES, type TypicalCaseAction } from '@dandang/shared/typical-cases/typical-case.states';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { publishScope, readCondition } from './typical-cases.policy';
import * as repo from './typical-cases.repository';

/**
 * The typical case a write is about, locked, after the checks every write makes: within the actor's publish scope (a
 * published case they may only read answers 403, one they may not see 404), at the version they read (409), and in
 * a state the action starts from (409, saying which).
 */
export async function lockForAction(
  tx: Executor,
  ctx: RequestContext,
  id: string,
  action: TypicalCaseAction,
  version: number,
): Promise<repo.TypicalCaseRecord> {
  const row = await repo.lockTypicalCase(tx, id, publishScope(ctx));
  if (!row) {
    const readable = await repo.findTypicalCase(tx, id, readCondition(ctx), repo.NOT_MANAGED);
    throw readable ? new DomainError('FORBIDDEN') : notFound();
  }
  if (row.version !== version) throw new DomainError('VERSION_CONFLICT');
  if (!canTake(action, row.state)) {
    const step = TYPICAL_CASE_ACTIONS[action];
    const from = step.from.map((s) => `“${TYPICAL_CASE_STATES[s]}”`).join('或');
    throw new DomainError('STATE_CONFLICT', { state: row.state }, `案例当前为“${TYPICAL_CASE_STATES[row.state]}”，只有${from}的案例可以${step.label}`);
  }
  return row;
}
