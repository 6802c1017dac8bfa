import { dueDate, type Workflow } from '@dandang/shared/cases/workflow';
import type { IsoDate } from '@dandang/shared/dates/date';
import type { Executor } from '../../platform/db/client';
import { loadWorkCalendar } from '../calendar';
import { policyDocumentById } from '../policy';

/** The last day of `state`'s limit for a case that entered it on `since`, under the policy the case keeps; none for an untimed state. */
export async function stateDue(
  tx: Executor,
  workflow: Workflow,
  policyId: string | null,
  state: string,
  since: IsoDate,
  extraWorkdays = 0,
): Promise<{ dueOn: IsoDate | null; dueProvisional: boolean }> {
  const limit = workflow.states[state]?.limit;
  if (!limit) return { dueOn: null, dueProvisional: false };
  const due = dueDate(await loadWorkCalendar(tx), await policyDocumentById(tx, policyId), limit, since, extraWorkdays);
  return { dueOn: due.date, dueProvisional: due.provisional };
}
