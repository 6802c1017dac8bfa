import { z } from 'zod';
import { keysOf, REWARD_FORMS, SUBMISSION_KINDS, SUBMISSION_STATES } from './participation.codes';
import { REPLY_TIMINGS } from './participation.rules';
import { SUBMISSION_ACTION_CODES } from './participation.states';

/* What the API answers about 群众金点子 and 企业诉求: the public's view by query code, and the staff's views. */

const kind = z.enum(keysOf(SUBMISSION_KINDS));
const state = z.enum(SUBMISSION_STATES);
const labelled = <T extends z.ZodType>(code: T) => z.object({ code, label: z.string() });

export const categoryView = z.object({
  id: z.string(),
  kind,
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  version: z.number(),
});
export type CategoryView = z.infer<typeof categoryView>;

export const publicCategoryView = z.object({ id: z.string(), kind, name: z.string(), unitName: z.string() });
export type PublicCategoryView = z.infer<typeof publicCategoryView>;

export const challengeView = z.object({ token: z.string(), question: z.string(), expiresAt: z.string() });
export type ChallengeView = z.infer<typeof challengeView>;

export const submittedView = z.object({
  /** Shown once: only its hash is kept, so it cannot be shown again. */
  queryCode: z.string(),
  dueOn: z.string(),
  dueProvisional: z.boolean(),
  unitName: z.string(),
});
export type SubmittedView = z.infer<typeof submittedView>;

export const milestoneView = z.object({
  id: z.string(),
  title: z.string(),
  plannedOn: z.string(),
  percent: z.number(),
  note: z.string(),
  doneOn: z.string().nullable(),
  version: z.number(),
});

const publicEvent = z.object({ at: z.string(), label: z.string(), state: labelled(state) });

export const publicSubmissionView = z.object({
  kind: labelled(kind),
  categoryName: z.string(),
  unitName: z.string(),
  title: z.string(),
  content: z.string(),
  hidden: z.boolean(),
  submittedOn: z.string(),
  state: labelled(state),
  dueOn: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  milestones: z.array(milestoneView.omit({ version: true })),
  progress: z.number().nullable(),
  rewarded: z.boolean(),
  events: z.array(publicEvent),
  /** An answered appeal that has not been rated yet may be rated once. */
  canRate: z.boolean(),
  rating: z.number().nullable(),
});
export type PublicSubmissionView = z.infer<typeof publicSubmissionView>;

const timing = z.enum(REPLY_TIMINGS);

export const submissionRow = z.object({
  id: z.string(),
  kind: labelled(kind),
  title: z.string(),
  categoryName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  submitter: z.string(),
  state: labelled(state),
  submittedOn: z.string(),
  dueOn: z.string(),
  dueProvisional: z.boolean(),
  answeredOn: z.string().nullable(),
  timing,
  hidden: z.boolean(),
  rating: z.number().nullable(),
});
export type SubmissionRow = z.infer<typeof submissionRow>;

export const submissionPage = z.object({ items: z.array(submissionRow), total: z.number() });

const reasonView = z.object({ code: z.string(), rule: z.string(), text: z.string() });

export const submissionDetail = submissionRow.extend({
  content: z.string(),
  anonymous: z.boolean(),
  /** The real-name submitter or the appeal's contact: the phone masked; the full number only through the audited route. */
  contact: z.object({ name: z.string(), phoneMasked: z.string() }).nullable(),
  enterprise: z.object({ name: z.string(), creditCode: z.string() }).nullable(),
  /** The text as submitted, for moderators, when what the public sees differs from it. */
  original: z.object({ title: z.string(), content: z.string() }).nullable(),
  moderation: z.object({ hidden: z.boolean(), reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  milestones: z.array(milestoneView),
  progress: z.number().nullable(),
  reward: z
    .object({
      form: labelled(z.enum(Object.keys(REWARD_FORMS) as ['CERTIFICATE', 'CASH', 'COMMENDATION', 'OTHER'])),
      amountYuan: z.number().nullable(),
      grantedOn: z.string(),
      note: z.string(),
      recordedByName: z.string(),
    })
    .nullable(),
  ratingComment: z.string().nullable(),
  events: z.array(z.object({ at: z.string(), actorName: z.string(), label: z.string(), state: labelled(state), note: z.string() })),
  actions: z.array(z.object({ action: z.enum(SUBMISSION_ACTION_CODES), label: z.string(), allowed: z.boolean(), reasons: z.array(reasonView) })),
  version: z.number(),
});
export type SubmissionDetail = z.infer<typeof submissionDetail>;

export const contactView = z.object({ name: z.string(), phone: z.string() });

export const settingsView = z.object({
  useStudyState: z.boolean(),
  labels: z.object({ IDEA: z.record(state, z.string()), APPEAL: z.record(state, z.string()) }),
  replyWorkdays: z.object({ IDEA: z.number(), APPEAL: z.number() }),
  version: z.number(),
});
export type SettingsView = z.infer<typeof settingsView>;

export const unitIndicatorView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  received: z.number(),
  answered: z.number(),
  due: z.number(),
  answeredInTime: z.number(),
  overdueOpen: z.number(),
  replyInTimeRate: z.number().nullable(),
  resolved: z.number(),
  resolutionRate: z.number().nullable(),
  rated: z.number(),
  meanSatisfaction: z.number().nullable(),
});
export type UnitIndicatorView = z.infer<typeof unitIndicatorView>;
