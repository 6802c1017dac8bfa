import type { CaseView } from '@dandang/shared/cases/case.schema';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { CaseRow } from './cases.repository';

/** A case as every list and page shows it; overdue is judged against today in China. */
export function toCaseView(row: CaseRow, now: Date): CaseView {
  const c = row.case;
  const workflow = WORKFLOWS[c.type];
  const state = workflow.states[c.state];
  return {
    id: c.id,
    type: c.type,
    typeLabel: workflow.label,
    number: c.number,
    title: c.title,
    state: c.state,
    stateLabel: state?.label ?? c.state,
    closed: c.closedAt !== null,
    unitId: c.unitId,
    unitName: row.unitName,
    subjectCadreId: c.subjectCadreId,
    subjectName: row.subjectName,
    openedAt: c.openedAt.toISOString(),
    stateSince: c.stateSince,
    dueOn: c.dueOn,
    dueProvisional: c.dueProvisional,
    overdue: c.closedAt === null && c.dueOn !== null && isBefore(c.dueOn, chinaDateOf(now)),
    policyCode: c.policyCode,
    policyVersion: c.policyVersion,
    version: c.version,
  };
}
