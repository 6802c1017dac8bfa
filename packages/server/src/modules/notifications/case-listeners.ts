import { casePagePath } from '@dandang/shared/cases/case-pages';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { caseDecisionRecipients, caseWorkers } from '@dandang/shared/notifications/notification.rules';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { type CaseStepped, type ParticipantsAdded, toCaseView } from '../cases';
import { cases } from '../cases/cases.tables';
import { notify } from './notify.service';
import { participantsOf, subjectAccountsOf } from './recipients.repository';

const ROLE_WORDS: Record<string, string> = { HANDLER: '承办人', CONSULTED: '征求意见对象' };

/**
 * 分办: each person newly put on a case to work on it (承办, 征求意见) is told, once per case and role, in the
 * assigner's context (their clock, their audit entry), and never the assigner themself.
 */
export async function notifyAssigned(tx: Executor, ctx: RequestContext, event: ParticipantsAdded): Promise<void> {
  const [c] = await tx.select().from(cases).where(eq(cases.id, event.caseId)).limit(1);
  if (!c) return;
  const label = WORKFLOWS[c.type].label;
  for (const [role, word] of Object.entries(ROLE_WORDS)) {
    const userIds = caseWorkers(
      event.people.filter((p) => p.role === role),
      ctx.actor?.userId,
    );
    if (userIds.length === 0) continue;
    await notify(tx, ctx, {
      kind: 'CASE_ASSIGNED',
      title: `您被确定为${label} ${c.number} 的${word}`,
      body: `“${c.title}”，请及时办理。`,
      link: casePagePath(c.type, c.id),
      subject: { type: 'case', id: c.id },
      on: role,
      userIds,
    });
  }
}

/** 办结: when a step closes a case, its participants and the cadre it is about hear the outcome, not the one who decided. */
export async function notifyClosed(tx: Executor, ctx: RequestContext, event: CaseStepped): Promise<void> {
  if (!event.closed) return;
  const view = toCaseView(event.row, ctx.now);
  const people = await participantsOf(tx, [view.id]);
  const userIds = caseDecisionRecipients(people, await subjectAccountsOf(tx, view.id), ctx.actor?.userId);
  if (userIds.length === 0) return;
  await notify(tx, ctx, {
    kind: 'CASE_CLOSED',
    title: `${view.typeLabel} ${view.number} 已办结：${view.stateLabel}`,
    body: `“${view.title}”已于 ${view.stateSince} 办结，结果为“${view.stateLabel}”。`,
    link: casePagePath(view.type, view.id),
    subject: { type: 'case', id: view.id },
    on: view.state,
    userIds,
  });
}
