import { z } from 'zod';
import { caseView } from '../cases/case.schema';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText } from '../platform/fields';
import { reasonSchema } from '../rules/reason.schema';
import { ACCOUNTABILITY_STATES } from './accountability.states';
import { appealView } from './appeal.schema';
import { CIRCUMSTANCES, PROPOSING_BODIES, SUBJECT_KINDS, TOLERANCE_DECISIONS } from './forms';
import { formsField, probationMonthsField } from './proposal.schema';

/*
 * An accountability case as its module shows it (the engine's /api/v1/cases/:id keeps the timeline, comments, files
 * and links), and the fields each action carries in `fields` of the engine's transition body. Every field is optional
 * here: the workflow names the ones an action requires, so a missing one is reported once, by the engine.
 */

export const decideFields = z.strictObject({
  forms: formsField.optional(),
  probationMonths: probationMonthsField.optional(),
  decidedOn: isoDateSchema.optional(),
  basis: optionalText('问责事实与依据', 5000).optional(),
  documentNo: optionalText('决定文号', 100).optional(),
  /** Who decided (written on the measures); the lead body's name when left out. */
  decidingBody: optionalText('决定机关', 100).optional(),
  circumstance: z.enum(CIRCUMSTANCES, { error: `问责情节应为 ${CIRCUMSTANCES.join('、')} 之一` }).optional(),
});
export type DecideFields = z.output<typeof decideFields>;

export const executeFields = z.strictObject({ executedOn: isoDateSchema.optional() });
export const correctFields = z.strictObject({ correctedOn: isoDateSchema.optional(), documentNo: optionalText('纠正文号', 100).optional() });
export const exemptFields = z.strictObject({ toleranceCaseId: z.uuid('容错认定案件编号格式不正确').optional() });
export const noFields = z.strictObject({});

export const caseQuery = z.object({
  state: z.enum(ACCOUNTABILITY_STATES, { error: '案件状态不正确' }).optional(),
  matterId: z.uuid('问责事项编号格式不正确').optional(),
  cadreId: z.uuid('干部编号格式不正确').optional(),
  unitId: z.uuid('单位编号格式不正确').optional(),
  /** Decided in this year. */
  year: z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
  ...pageQuery,
});
export const casePage = z.object({ items: z.array(caseView), total: z.number() });

export const proposalView = z.object({
  id: z.string(),
  body: z.enum(PROPOSING_BODIES),
  bodyLabel: z.string(),
  /** LEAD: the body that leads and decides; CONSULTED: a body whose opinion was taken. */
  role: z.enum(['LEAD', 'CONSULTED']),
  forms: z.array(z.string()),
  formLabels: z.array(z.string()),
  probationMonths: z.number().nullable(),
  facts: z.string(),
  grounds: z.string(),
  opinion: z.string(),
  proposedOn: z.string(),
  proposerName: z.string(),
  createdAt: z.string(),
});

export const decisionView = z.object({
  forms: z.array(z.string()),
  formLabels: z.array(z.string()),
  probationMonths: z.number().nullable(),
  decidedOn: z.string(),
  basis: z.string(),
  documentNo: z.string(),
  decidingBody: z.string(),
  circumstance: z.enum(CIRCUMSTANCES),
  circumstanceLabel: z.string(),
  /** The circumstance was taken from the linked tolerance decision, not chosen. */
  circumstanceFromTolerance: z.boolean(),
  /** The last day of the appeal period. */
  appealLastDay: z.string(),
  executedOn: z.string().nullable(),
  correctedOn: z.string().nullable(),
});

export const caseMeasureView = z.object({
  id: z.string(),
  code: z.string(),
  label: z.string(),
  effectiveOn: z.string(),
  revokedAt: z.string().nullable(),
});

export const accountabilityCaseDetail = z.object({
  case: caseView,
  matter: z.object({ id: z.string(), title: z.string(), occurredOn: z.string() }),
  subject: z.object({
    kind: z.enum(SUBJECT_KINDS),
    cadreId: z.string().nullable(),
    name: z.string(),
    unitId: z.string(),
    unitName: z.string(),
  }),
  lead: z.object({ proposalId: z.string(), body: z.enum(PROPOSING_BODIES), bodyLabel: z.string(), reason: reasonSchema }).nullable(),
  proposals: z.array(proposalView),
  decision: decisionView.nullable(),
  /** The measures the decision wrote on the cadre (revoked ones too). */
  measures: z.array(caseMeasureView),
  tolerance: z.object({ caseId: z.string(), number: z.string(), decision: z.enum(TOLERANCE_DECISIONS), decisionLabel: z.string() }).nullable(),
  /** A cadre held accountable within the window before this decision (or before today, while undecided). */
  repeat: z.object({
    flagged: z.boolean(),
    windowMonths: z.number(),
    earlier: z.array(z.object({ caseId: z.string(), number: z.string(), decidedOn: z.string() })),
    reasons: z.array(reasonSchema),
  }),
  appeals: z.array(appealView),
});
export type AccountabilityCaseDetail = z.infer<typeof accountabilityCaseDetail>;

export const proposalResult = z.object({
  proposalId: z.string(),
  caseId: z.string(),
  /** True when the proposal joined the subject's open case rather than opening one. */
  merged: z.boolean(),
  /** The case as the proposer may read it; null when their read scope does not reach it. */
  detail: accountabilityCaseDetail.nullable(),
});
export type ProposalResult = z.infer<typeof proposalResult>;
