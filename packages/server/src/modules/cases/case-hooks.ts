import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import * as repo from './cases.repository';

/*
 * What other modules may hear of the case engine without the engine importing them (it sits below them): people
 * added to a case, and a case moving a step. Listeners run in the writer's transaction, so what they write commits or
 * rolls back with the change they heard of. The notifications module subscribes from its own index.
 */

export interface ParticipantsAdded {
  caseId: string;
  /** Only the people this call added; someone already on the case is not added (nor announced) again. */
  people: ReadonlyArray<{ userId: string; role: string }>;
}

export interface CaseStepped {
  row: repo.CaseRow;
  from: string;
  action: string;
  /** True when the step closed the case (办结, 不予受理, 执行完毕...). */
  closed: boolean;
}

/** A listener hears the event with the writer's context: its actor to audit and leave out, its clock to date with. */
type Listener<E> = (tx: Executor, ctx: RequestContext, event: E) => Promise<void>;

const participantListeners: Listener<ParticipantsAdded>[] = [];
const stepListeners: Listener<CaseStepped>[] = [];

export function onParticipantsAdded(listener: Listener<ParticipantsAdded>): void {
  participantListeners.push(listener);
}

export function onCaseStepped(listener: Listener<CaseStepped>): void {
  stepListeners.push(listener);
}

/** Adds people to a case (分办, 征求意见) and tells the listeners who was new, in the caller's context. */
export async function addParticipants(
  tx: Executor,
  caseId: string,
  people: ReadonlyArray<{ userId: string; role: string }>,
  ctx: RequestContext,
): Promise<void> {
  const added = await repo.addParticipants(tx, caseId, people);
  if (added.length === 0) return;
  for (const listener of participantListeners) await listener(tx, ctx, { caseId, people: added });
}

export async function announceStep(tx: Executor, ctx: RequestContext, event: CaseStepped): Promise<void> {
  for (const listener of stepListeners) await listener(tx, ctx, event);
}
