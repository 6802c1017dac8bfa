import type { IsoDate } from '@dandang/shared/dates/date';
import { REWARD_FORMS, SUBMISSION_KINDS, type SubmissionState } from '@dandang/shared/participation/participation.codes';
import { milestoneProgress, publicText, replyTiming } from '@dandang/shared/participation/participation.rules';
import { SUBMISSION_ACTIONS } from '@dandang/shared/participation/participation.states';
import type { PublicSubmissionView, SubmissionRow } from '@dandang/shared/participation/participation-view.schema';
import type { SubmissionWithNames } from './participation.repository';
import type { participationEvents, participationMilestones, participationRewards } from './participation.tables';
import type { JurisdictionSettings } from './settings.service';

/* How a submission is shown: the staff's row, and what the public reads by query code. */

type EventRow = typeof participationEvents.$inferSelect;
type MilestoneRow = typeof participationMilestones.$inferSelect;
type RewardRow = typeof participationRewards.$inferSelect;

const EVENT_LABELS: Record<string, string> = {
  submit: '提交',
  ...Object.fromEntries(Object.entries(SUBMISSION_ACTIONS).map(([code, a]) => [code, a.label])),
  reward: '记录奖励',
  milestone: '新增推进节点',
  progress: '更新推进进展',
  moderate: '内容处理',
  transfer: '转办',
  rate: '评价满意度',
};
export const eventLabel = (action: string) => EVENT_LABELS[action] ?? action;

export const stateOf = (settings: JurisdictionSettings, r: SubmissionWithNames, state: SubmissionState = r.s.state) => ({
  code: state,
  label: settings.labels[r.s.kind][state],
});

/** Who made it, as a list may say it: never the name of a person, which is encrypted. */
function submitterOf(r: SubmissionWithNames): string {
  if (r.s.enterpriseName) return r.s.enterpriseName;
  return r.s.anonymous ? '匿名' : '实名群众';
}

export function toRow(r: SubmissionWithNames, settings: JurisdictionSettings, today: IsoDate): SubmissionRow {
  return {
    id: r.s.id,
    kind: { code: r.s.kind, label: SUBMISSION_KINDS[r.s.kind] },
    title: publicText(r.s).title,
    categoryName: r.categoryName,
    unitId: r.s.unitId,
    unitName: r.unitName,
    submitter: submitterOf(r),
    state: stateOf(settings, r),
    submittedOn: r.s.submittedOn,
    dueOn: r.s.dueOn,
    dueProvisional: r.s.dueProvisional,
    answeredOn: r.s.answeredOn,
    timing: replyTiming(r.s, today),
    hidden: r.s.hidden,
    rating: r.s.rating,
  };
}

export const toMilestone = (m: MilestoneRow) => ({
  id: m.id,
  title: m.title,
  plannedOn: m.plannedOn,
  percent: m.percent,
  note: m.note,
  doneOn: m.doneOn,
  version: m.version,
});

export const toReward = (r: RewardRow) => ({
  form: { code: r.form, label: REWARD_FORMS[r.form] },
  amountYuan: r.amountYuan,
  grantedOn: r.grantedOn,
  note: r.note,
  recordedByName: r.recordedByName,
});

/** Steps the public sees: everything but the internal ones (moderation, reward details). */
const PUBLIC_EVENTS = new Set(['submit', 'transfer', 'study', 'adopt', 'decline', 'complete', 'milestone', 'rate']);

export function toPublic(
  r: SubmissionWithNames,
  settings: JurisdictionSettings,
  parts: { events: EventRow[]; milestones: MilestoneRow[]; rewarded: boolean },
): PublicSubmissionView {
  const text = publicText(r.s);
  const answered = r.s.answeredOn !== null;
  return {
    kind: { code: r.s.kind, label: SUBMISSION_KINDS[r.s.kind] },
    categoryName: r.categoryName,
    unitName: r.unitName,
    title: text.title,
    content: text.content,
    hidden: r.s.hidden,
    submittedOn: r.s.submittedOn,
    state: stateOf(settings, r),
    dueOn: r.s.dueOn,
    answer: r.s.answer,
    answeredOn: r.s.answeredOn,
    milestones: parts.milestones.map((m) => ({ id: m.id, title: m.title, plannedOn: m.plannedOn, percent: m.percent, note: m.note, doneOn: m.doneOn })),
    progress: milestoneProgress(parts.milestones),
    rewarded: parts.rewarded,
    events: parts.events
      .filter((e) => PUBLIC_EVENTS.has(e.action))
      .map((e) => ({ at: e.at.toISOString(), label: eventLabel(e.action), state: stateOf(settings, r, e.state) })),
    canRate: r.s.kind === 'APPEAL' && answered && r.s.rating === null,
    rating: r.s.rating,
  };
}
