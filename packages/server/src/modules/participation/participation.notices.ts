import { addWorkdays } from '@dandang/shared/calendar/workdays.rules';
import { addDays, chinaDateOf } from '@dandang/shared/dates/date';
import { SUBMISSION_KINDS, type SubmissionKind } from '@dandang/shared/participation/participation.codes';
import { replyTiming } from '@dandang/shared/participation/participation.rules';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { loadWorkCalendar } from '../calendar';
import { holdersOver, type Message, notify, type SweepSource } from '../notifications';
import { submissionScope } from './participation.policy';
import * as repo from './participation.repository';

/*
 * 站内消息 of 群众金点子 and 企业诉求 (DOMAIN.md §10 "notifications"): those who answer for the unit a submission is
 * routed to (participation.handle over it) hear of it when it arrives, and again as its reply deadline nears or passes.
 */

/** A reply due within this many working days is announced, early enough to answer before a weekend or holiday. */
const REPLY_DUE_SOON_WORKDAYS = 2;

const pageOf = (id: string) => `/participation/${id}`;
const subjectOf = (id: string) => ({ type: 'participation_submission', id });

/** 新收: told inside the transaction that stores the submission, so a failed submission tells nobody. */
export async function notifyReceived(
  tx: Executor,
  ctx: RequestContext,
  s: { id: string; kind: SubmissionKind; title: string; unitId: string; unitName: string; dueOn: string },
) {
  await notify(tx, ctx, {
    kind: 'PARTICIPATION_RECEIVED',
    title: `收到${SUBMISSION_KINDS[s.kind]}：${s.title}`,
    body: `由${s.unitName}承办，请于 ${s.dueOn} 前答复。`,
    link: pageOf(s.id),
    subject: subjectOf(s.id),
    userIds: await holdersOver(tx, 'participation.handle', s.unitId),
  });
}

/** 临期与逾期: once per deadline as it nears, and once more when it has passed without an answer. */
export const replyDueSource: SweepSource = {
  code: 'PARTICIPATION_DUE',
  reads: ['participation.read'],
  async find(db, reader) {
    const today = chinaDateOf(reader.now);
    const until = addWorkdays(await loadWorkCalendar(db), today, REPLY_DUE_SOON_WORKDAYS).date;
    const due = await repo.unansweredBefore(db, addDays(until, 1), submissionScope(reader.actor, 'participation.read'));
    const handlers = new Map<string, string[]>();
    for (const unitId of new Set(due.map((r) => r.s.unitId))) handlers.set(unitId, await holdersOver(db, 'participation.handle', unitId));
    return due.map(({ s, unitName }): Message => {
      const overdue = replyTiming(s, today) === 'OVERDUE';
      const provisional = s.dueProvisional ? '（该年度放假安排尚未公布，期限为暂计）' : '';
      return {
        kind: overdue ? 'PARTICIPATION_OVERDUE' : 'PARTICIPATION_DUE_SOON',
        title: `${SUBMISSION_KINDS[s.kind]}“${s.title}”${overdue ? '已逾期未答复' : '即将到答复期限'}`,
        body: `由${unitName}承办，答复期限至 ${s.dueOn}${provisional}。`,
        link: pageOf(s.id),
        subject: subjectOf(s.id),
        on: s.dueOn,
        userIds: handlers.get(s.unitId) ?? [],
      };
    });
  },
};
