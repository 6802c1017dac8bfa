import { z } from 'zod';
import { caseView } from '../cases/case.schema';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText } from '../platform/fields';
import { reasonSchema } from '../rules/reason.schema';
import { ADJUSTMENT_KINDS } from './adjustment.rules';
import { ADJUSTMENT_STATES } from './adjustment.states';
import { whenObject } from './proposal.schema';
import { UNFIT_SITUATION_CODES } from './unfit-situations';

/** 不担当不作为 clues and 能上能下 adjustments (ADJUSTMENT cases). */

const situation = z.enum(UNFIT_SITUATION_CODES, { error: '请选择《推进领导干部能上能下规定》第五条所列的不适宜担任现职情形' });

export const openAdjustmentBody = z
  .strictObject({
    /** The cadre; taken from the follow-up when one is named. */
    cadreId: z.uuid('干部编号格式不正确').optional(),
    /** A 能上能下 task of the assessment's results (考核结果运用) the clue comes from. */
    followUpId: z.uuid('考核结果运用事项编号格式不正确').optional(),
    situation,
    clue: requiredText('线索内容', 5000),
    /** Where the clue came from (巡察反馈, 群众反映…); the follow-up's year and grade when one is named. */
    source: optionalText('线索来源', 200).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.cadreId && !b.followUpId) ctx.addIssue({ code: 'custom', path: ['cadreId'], message: '请选择干部' });
    if (!b.followUpId && !b.source) ctx.addIssue({ code: 'custom', path: ['source'], message: '请填写线索来源' });
  }, whenObject);
export type OpenAdjustmentBody = z.input<typeof openAdjustmentBody>;

export const verifyFields = z.strictObject({});
export const hearFields = z.strictObject({ verification: optionalText('核实情况', 5000).optional() });
export const submitFields = z.strictObject({ statement: optionalText('本人陈述意见', 5000).optional(), heardOn: isoDateSchema.optional() });
export const adjustFields = z.strictObject({
  adjustment: z.enum(ADJUSTMENT_KINDS, { error: `调整方式应为 ${ADJUSTMENT_KINDS.join('、')} 之一` }).optional(),
  meetingDate: isoDateSchema.optional(),
  decidedOn: isoDateSchema.optional(),
  documentNo: optionalText('决定文号', 100).optional(),
  decidingBody: optionalText('决定机关', 100).optional(),
});
export type AdjustFields = z.output<typeof adjustFields>;

export const adjustmentQuery = z.object({
  state: z.enum(ADJUSTMENT_STATES, { error: '办理状态不正确' }).optional(),
  situation: situation.optional(),
  cadreId: z.uuid('干部编号格式不正确').optional(),
  unitId: z.uuid('单位编号格式不正确').optional(),
  /** Opened in this year. */
  year: z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
  ...pageQuery,
});

export const adjustmentView = z.object({
  case: caseView,
  cadreId: z.string(),
  situation: z.enum(UNFIT_SITUATION_CODES),
  situationLabel: z.string(),
  clue: z.string(),
  source: z.string(),
  followUp: z.object({ id: z.string(), year: z.number(), grade: z.string().nullable() }).nullable(),
  adjustment: z
    .object({
      kind: z.enum(ADJUSTMENT_KINDS),
      label: z.string(),
      meetingDate: z.string(),
      decidedOn: z.string(),
      documentNo: z.string(),
      measureId: z.string().nullable(),
      measureCode: z.string(),
      reasons: z.array(reasonSchema),
    })
    .nullable(),
});
export type AdjustmentView = z.infer<typeof adjustmentView>;
export const adjustmentPage = z.object({ items: z.array(adjustmentView), total: z.number() });
export type AdjustmentPage = z.infer<typeof adjustmentPage>;
