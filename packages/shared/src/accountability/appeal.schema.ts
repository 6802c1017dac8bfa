import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';

/** 申诉: lodged on behalf of the subject against a decision, answered by the deciding body. */

export const lodgeAppealBody = z.strictObject({
  /** The day the written appeal was received; today when left out. */
  receivedOn: isoDateSchema.optional(),
  grounds: requiredText('申诉理由', 5000),
  /** Who appeals, as the letter names them; the subject's name when left out. */
  appellant: optionalText('申诉人', 100).optional(),
});
export type LodgeAppealBody = z.input<typeof lodgeAppealBody>;

export const answerAppealBody = z.strictObject({
  version: versionField,
  /** True: the appeal is upheld (申诉成立, the decision is to be corrected); false: the decision stands (维持原决定). */
  upheld: z.boolean({ error: '请选择申诉是否成立（upheld: true 或 false）' }),
  answer: requiredText('申诉处理意见', 5000),
  /** The day of the written answer; today when left out. */
  answeredOn: isoDateSchema.optional(),
});
export type AnswerAppealBody = z.input<typeof answerAppealBody>;

export const APPEAL_FILTERS = ['open', 'overdue', 'answered', 'all'] as const;
export const appealQuery = z.object({
  state: z.enum(APPEAL_FILTERS, { error: `筛选条件应为 ${APPEAL_FILTERS.join('、')} 之一` }).default('open'),
  ...pageQuery,
});

export const appealView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  subjectName: z.string(),
  unitName: z.string(),
  appellant: z.string(),
  receivedOn: z.string(),
  grounds: z.string(),
  lodgedAt: z.string(),
  lodgedByName: z.string(),
  answerDue: z.string(),
  status: z.enum(['OPEN', 'OVERDUE', 'ANSWERED']),
  statusLabel: z.string(),
  upheld: z.boolean().nullable(),
  answer: z.string(),
  answeredOn: z.string().nullable(),
  answeredByName: z.string().nullable(),
  version: z.number(),
});
export type AppealView = z.infer<typeof appealView>;
export const appealPage = z.object({ items: z.array(appealView), total: z.number() });
export type AppealPage = z.infer<typeof appealPage>;
