import { z } from 'zod';
import { isBefore } from '../dates/date';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, versionField } from '../platform/fields';
import type { MeasureCode } from '../rules/measures';
import type { ValidationIssue } from '../rules/validation';
import { revokeMeasureBody } from './measure.schema';

/**
 * Supervision records (谈心谈话、提醒、函询、诫勉, DOMAIN.md §2): what each kind records, and which kinds are also a
 * measure of the register (DOMAIN.md §4: 提醒 REMINDER, 函询 INQUIRY and 诫勉 ADMONISH).
 */
export const SUPERVISION_KINDS = ['TALK', 'REMINDER', 'INQUIRY', 'ADMONISH'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  TALK: '谈心谈话',
  REMINDER: '提醒',
  INQUIRY: '函询',
  ADMONISH: '诫勉',
};

/** The measure a kind writes to the register on the record's date; a talk is no measure. */
export const SUPERVISION_MEASURE: Record<SupervisionKind, MeasureCode | null> = {
  TALK: null,
  REMINDER: 'REMINDER',
  INQUIRY: 'INQUIRY',
  ADMONISH: 'ADMONISH',
};

/** How an inquiry (函询) ends once the cadre has replied in writing. */
export const INQUIRY_CONCLUSIONS = ['CLOSED', 'CLARIFIED', 'FURTHER_MEASURE'] as const;
export type InquiryConclusion = (typeof INQUIRY_CONCLUSIONS)[number];
export const INQUIRY_CONCLUSION_LABELS: Record<InquiryConclusion, string> = {
  CLOSED: '予以了结',
  CLARIFIED: '予以澄清',
  FURTHER_MEASURE: '采取组织措施或进一步处理',
};

/** The free-text fields and the label each kind gives them (the form changes its fields with the kind). */
export const SUPERVISION_TEXT_FIELDS = ['conductedBy', 'topics', 'followUp', 'question', 'reply', 'documentNo'] as const;
type TextField = (typeof SUPERVISION_TEXT_FIELDS)[number];
type Field = TextField | 'repliedOn' | 'conclusion';

interface KindForm {
  /** Fields the kind uses, with their label, in the form's order; any other field must stay empty. */
  labels: Partial<Record<Field, string>>;
  required: Field[];
}

export const SUPERVISION_FORMS: Record<SupervisionKind, KindForm> = {
  TALK: {
    labels: { conductedBy: '谈话人', topics: '谈话内容', followUp: '后续跟进' },
    required: ['conductedBy', 'topics'],
  },
  REMINDER: {
    labels: { conductedBy: '提醒人（机关）', documentNo: '文号', topics: '提醒事项', followUp: '整改情况' },
    required: ['conductedBy', 'topics'],
  },
  INQUIRY: {
    labels: {
      conductedBy: '函询机关',
      documentNo: '函询文号',
      question: '函询问题',
      reply: '本人书面说明',
      repliedOn: '回复日期',
      conclusion: '函询结论',
      followUp: '后续处理',
    },
    required: ['conductedBy', 'question'],
  },
  ADMONISH: {
    labels: { conductedBy: '决定机关', documentNo: '决定文号', topics: '诫勉事由', followUp: '整改情况' },
    required: ['conductedBy', 'topics', 'documentNo'],
  },
};

/** The facts of a record as the checks read them (a body for a new record, the merged record for an update). */
export interface SupervisionFacts {
  kind: SupervisionKind;
  occurredOn: string;
  conductedBy?: string;
  topics?: string;
  followUp?: string;
  question?: string;
  reply?: string;
  repliedOn?: string | null;
  conclusion?: string | null;
  documentNo?: string;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Every bad field of a record for its kind: required ones missing, ones the kind does not use filled in, and an
 * inquiry's completion (reply, reply date and conclusion go together; the reply is not before the inquiry).
 */
export function supervisionIssues(facts: SupervisionFacts): ValidationIssue[] {
  const form = SUPERVISION_FORMS[facts.kind];
  const kindLabel = SUPERVISION_KIND_LABELS[facts.kind];
  const issues: ValidationIssue[] = [];
  for (const field of form.required) {
    if (isBlank(facts[field])) issues.push({ path: field, message: `请填写${form.labels[field]}` });
  }
  for (const field of [...SUPERVISION_TEXT_FIELDS, 'repliedOn', 'conclusion'] as const) {
    if (!form.labels[field] && !isBlank(facts[field])) issues.push({ path: field, message: `${kindLabel}记录不填写此项` });
  }
  if (facts.kind === 'INQUIRY') {
    const done = [facts.reply, facts.repliedOn, facts.conclusion].some((v) => !isBlank(v));
    if (done) {
      for (const field of ['reply', 'repliedOn', 'conclusion'] as const) {
        if (isBlank(facts[field])) issues.push({ path: field, message: `办结函询须填写${form.labels[field]}` });
      }
    }
    if (facts.repliedOn && isBefore(facts.repliedOn, facts.occurredOn)) issues.push({ path: 'repliedOn', message: '回复日期不能早于函询日期' });
  }
  return issues;
}

const fields = {
  occurredOn: isoDateSchema,
  conductedBy: optionalText('谈话人或机关', 100),
  topics: optionalText('内容或事由', 2000),
  followUp: optionalText('后续跟进', 2000),
  question: optionalText('函询问题', 2000),
  reply: optionalText('本人书面说明', 4000),
  repliedOn: isoDateSchema.nullable(),
  conclusion: z.union([z.enum(INQUIRY_CONCLUSIONS, { error: `函询结论应为 ${INQUIRY_CONCLUSIONS.join('、')} 之一` }), z.literal('')]),
  documentNo: optionalText('文号', 100),
};

export const createSupervisionBody = z
  .strictObject({
    kind: z.enum(SUPERVISION_KINDS, { error: `记录类别应为 ${SUPERVISION_KINDS.join('、')} 之一` }),
    occurredOn: fields.occurredOn,
    conductedBy: fields.conductedBy.default(''),
    topics: fields.topics.default(''),
    followUp: fields.followUp.default(''),
    question: fields.question.default(''),
    reply: fields.reply.default(''),
    repliedOn: fields.repliedOn.default(null),
    conclusion: fields.conclusion.default(''),
    documentNo: fields.documentNo.default(''),
  })
  .superRefine(
    (body, ctx) => {
      for (const issue of supervisionIssues(body)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    },
    // Run with the per-field errors too, so that a missing 谈话内容 and a bad date are named in one answer.
    {
      when: ({ value, issues }) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && !issues.some((i) => ['kind', 'occurredOn'].includes(String(i.path?.[0]))),
    },
  );
export type CreateSupervisionBody = z.infer<typeof createSupervisionBody>;

/** The kind never changes; a record that wrote a measure keeps its date and document number (revoke and record anew). */
export const updateSupervisionBody = z.strictObject({
  occurredOn: fields.occurredOn.optional(),
  conductedBy: fields.conductedBy.optional(),
  topics: fields.topics.optional(),
  followUp: fields.followUp.optional(),
  question: fields.question.optional(),
  reply: fields.reply.optional(),
  repliedOn: fields.repliedOn.optional(),
  conclusion: fields.conclusion.optional(),
  documentNo: fields.documentNo.optional(),
  version: versionField,
});
export type UpdateSupervisionBody = z.infer<typeof updateSupervisionBody>;

/** The same reason as a measure's revocation: revoking a record revokes the measure it wrote with that reason. */
export const revokeSupervisionBody = revokeMeasureBody;

export const supervisionRecordSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  occurredOn: z.string(),
  conductedBy: z.string(),
  topics: z.string(),
  followUp: z.string(),
  question: z.string(),
  reply: z.string(),
  repliedOn: z.string().nullable(),
  conclusion: z.string(),
  documentNo: z.string(),
  /** The measure this record wrote to the register (提醒、函询、诫勉). */
  measureId: z.string().nullable(),
  /** An inquiry with no conclusion yet is open (待回复). */
  open: z.boolean(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  revokedReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupervisionRecord = z.infer<typeof supervisionRecordSchema>;
