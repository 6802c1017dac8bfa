import type { CaseView } from '@dandang/shared/cases/case.schema';
import { casePagePath } from '@dandang/shared/cases/case-pages';
import { CASE_TYPES } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { caseWorkers, DUE_SOON_WORKDAYS } from '@dandang/shared/notifications/notification.rules';
import { dueCases } from '../../cases';
import type { Message } from '../notify.service';
import { participantsOf } from '../recipients.repository';
import type { SweepSource } from './sweep-sources';

function message(c: CaseView, kind: 'CASE_OVERDUE' | 'CASE_DUE_SOON', userIds: string[]): Message {
  const provisional = c.dueProvisional ? '（该年度放假安排尚未公布，期限为暂计）' : '';
  return {
    kind,
    title: `${c.typeLabel} ${c.number} ${kind === 'CASE_OVERDUE' ? '已逾期' : '即将到期'}`,
    body: `“${c.title}”处于“${c.stateLabel}”阶段，办理期限至 ${c.dueOn}${provisional}。`,
    link: casePagePath(c.type, c.id),
    subject: { type: 'case', id: c.id },
    on: c.dueOn,
    userIds,
  };
}

/**
 * 临期与逾期 (the engine's due list, DOMAIN.md §3 working days): each open case due within DUE_SOON_WORKDAYS working
 * days or past its limit tells the people working on it, once per limit; an overdue case is told once more as overdue.
 */
export const caseDueSource: SweepSource = {
  code: 'CASE_DUE',
  reads: CASE_TYPES.map((type) => WORKFLOWS[type].readPermission),
  async find(db, reader) {
    const due = await dueCases(db, reader, { within: DUE_SOON_WORKDAYS });
    const all = [...due.overdue.map((c) => ({ c, kind: 'CASE_OVERDUE' as const })), ...due.dueSoon.map((c) => ({ c, kind: 'CASE_DUE_SOON' as const }))];
    const people = await participantsOf(
      db,
      all.map(({ c }) => c.id),
    );
    return all.map(({ c, kind }) => message(c, kind, caseWorkers(people.filter((p) => p.caseId === c.id))));
  },
};
