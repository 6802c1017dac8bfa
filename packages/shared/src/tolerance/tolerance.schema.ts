import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { toleranceInputSchema } from '../rules/rule-inputs.schema';
import { keysOf, TOLERANCE_SITUATIONS } from '../rules/tolerance.codes';
import { TOLERANCE_STATES } from './tolerance.states';
import { TOLERANCE_DECISIONS } from './tolerance-decision.rules';

/*
 * The contract of 容错纠错 (DOMAIN.md §6) on top of the case engine's: applying, the facts checklist, the fields each
 * step of the workflow carries, and the correction plan. Messages are the words a form shows beside the field.
 */

/** How a case began: the cadre's own application, their unit's on their behalf, or ex officio (主动容错). */
export const TOLERANCE_ORIGINS = { SELF_APPLICATION: '本人申请', UNIT_APPLICATION: '所在单位申请', EX_OFFICIO: '主动容错' } as const;
export type ToleranceOrigin = keyof typeof TOLERANCE_ORIGINS;

const situationCode = z.enum(keysOf(TOLERANCE_SITUATIONS), {
  error: (issue) => `未知的容错情形代码 ${JSON.stringify(issue.input)}，应为 ${keysOf(TOLERANCE_SITUATIONS).join('、')} 之一`,
});
const decisionCode = z.enum(keysOf(TOLERANCE_DECISIONS), { error: '认定结果应为 EXEMPT（免责）、LIGHTER（从轻）、REDUCED（减轻）或 REJECTED（不予容错）' });
const dated = (label: string) => isoDateSchema.describe(label);
const names = (label: string) =>
  z
    .array(requiredText(label, 100), { error: `请填写${label}` })
    .min(1, `请填写${label}`)
    .max(200, `${label}不能超过 200 个`);

/**
 * 容错申请: the cadre for themself or the unit for its cadre. With `accountabilityCaseId` it is ex officio, opened by
 * whoever handles tolerance during that accountability case ("谁问责、谁容错").
 */
export const applyBody = z
  .strictObject({
    subjectCadreId: z.uuid('干部编号格式不正确'),
    title: requiredText('标题', 100, 2),
    matter: requiredText('事由（何时发生了什么）', 4000, 5),
    occurredOn: dated('发生日期'),
    claimedSituations: z.array(situationCode, { error: '申请的容错情形应为列表' }).max(7).default([]),
    grounds: optionalText('申请理由', 4000).default(''),
    accountabilityCaseId: z.uuid('问责案件编号格式不正确').optional(),
  })
  .superRefine((b, ctx) => {
    if (new Set(b.claimedSituations).size !== b.claimedSituations.length)
      ctx.addIssue({ code: 'custom', path: ['claimedSituations'], message: '容错情形不能重复' });
    // A written application states what it claims and why; an ex officio start may leave both to the investigation.
    if (b.accountabilityCaseId) return;
    if (b.claimedSituations.length === 0) ctx.addIssue({ code: 'custom', path: ['claimedSituations'], message: '请选择申请容错的情形' });
    if (b.grounds.length < 2) ctx.addIssue({ code: 'custom', path: ['grounds'], message: '请填写申请理由' });
  });
export type ApplyBody = z.input<typeof applyBody>;

/** The facts as established (调查核实清单): the codes of DOMAIN.md §6, a yes/no per condition, and the handler's notes. */
export const factsBody = toleranceInputSchema.extend({
  version: versionField,
  notes: optionalText('核实情况说明', 4000).default(''),
});
export type FactsBody = z.input<typeof factsBody>;

/** Facts to evaluate without saving (the live checklist); with `caseId`, under that case's policy. */
export const recommendationBody = toleranceInputSchema.extend({ caseId: z.uuid('案件编号格式不正确').optional() });

/** `fields` of each step, checked on top of the workflow's required fields. */
export const reportFields = z.strictObject({ findings: requiredText('调查核实情况', 4000) });
export const decideFields = z.strictObject({
  meetingDate: dated('会议日期'),
  attendees: names('参会人员'),
  votes: z.strictObject(
    {
      for: z.number({ error: '赞成票应为整数' }).int('赞成票应为整数').min(0, '赞成票不能为负数'),
      against: z.number({ error: '反对票应为整数' }).int('反对票应为整数').min(0, '反对票不能为负数'),
      abstain: z.number({ error: '弃权票应为整数' }).int('弃权票应为整数').min(0, '弃权票不能为负数'),
    },
    { error: '表决情况应包含 for（赞成）、against（反对）、abstain（弃权）' },
  ),
  decision: decisionCode,
  differenceReason: optionalText('与建议结果不一致的理由', 2000).default(''),
});
export const feedbackFields = z.strictObject({ feedbackOn: dated('反馈日期'), recipients: names('反馈对象') });
export const filingFields = z.strictObject({ filedOn: dated('报备日期'), filedWith: names('报备机关') });
/** Steps that carry nothing beyond the note. */
export const noFields = z.strictObject({});

/** The actions of the tolerance workflow, as the route's `:action`. */
export const TOLERANCE_ACTIONS = ['accept', 'refuse', 'report', 'decide', 'feedback', 'file', 'fileAndClose', 'close'] as const;
export type ToleranceAction = (typeof TOLERANCE_ACTIONS)[number];
export const actionParams = z.object({
  id: z.uuid('案件编号格式不正确'),
  action: z.enum(TOLERANCE_ACTIONS, { error: `办理操作应为 ${TOLERANCE_ACTIONS.join('、')} 之一` }),
});

/** 纠错整改: one task of the correction plan. */
export const correctionBody = z.strictObject({
  description: requiredText('整改事项', 1000, 2),
  owner: requiredText('责任人', 50),
  deadline: dated('整改期限'),
});
export const updateCorrectionBody = z
  .strictObject({
    version: versionField,
    done: z.boolean({ error: '请选择是否已完成' }),
    followUp: optionalText('整改落实情况', 2000).default(''),
  })
  .superRefine((b, ctx) => {
    if (b.done && b.followUp.length < 2) ctx.addIssue({ code: 'custom', path: ['followUp'], message: '标记完成须填写整改落实情况' });
  });
export type UpdateCorrectionBody = z.input<typeof updateCorrectionBody>;

export const toleranceListQuery = z.object({
  state: z.enum(TOLERANCE_STATES, { error: '办理阶段不正确' }).optional(),
  outcome: decisionCode.optional(),
  unitId: z.uuid('单位编号格式不正确').optional(),
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2000, '年度不能早于 2000').max(2200, '年度不能晚于 2200').optional(),
  q: optionalText('查询内容', 50).optional(),
  ...pageQuery,
});

/** 关联问责案件: the accountability case an application concerns, linked by the handler before the decision. */
export const linkAccountabilityBody = z.strictObject({ accountabilityCaseId: z.uuid('问责案件编号格式不正确') });
