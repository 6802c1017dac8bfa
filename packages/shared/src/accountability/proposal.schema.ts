import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, requiredText } from '../platform/fields';
import { ACCOUNTABILITY_FORMS, PROPOSING_BODIES, SUBJECT_KINDS } from './forms';

/** Zod skips a refinement once any field failed; this one runs on any object, so every bad field is named at once. */
export const whenObject = { when: ({ value }: { value: unknown }) => typeof value === 'object' && value !== null && !Array.isArray(value) };

/** A body's proposal of accountability for one subject (a cadre, or a party organization) of a matter. */

export const formsField = z.array(z.enum(ACCOUNTABILITY_FORMS, { error: '问责方式不正确' }), '问责方式应为列表');
export const probationMonthsField = z.union([z.literal(12), z.literal(24)], { error: '留党察看期限应为 12 或 24 个月' });

export const proposalBody = z
  .strictObject({
    body: z.enum(PROPOSING_BODIES, { error: `提出机关应为 ${PROPOSING_BODIES.join('、')} 之一` }),
    subjectKind: z.enum(SUBJECT_KINDS, { error: '问责对象类型应为 CADRE（领导干部）或 ORGANIZATION（党组织）' }),
    /** The cadre, for a leader. */
    cadreId: z.uuid('干部编号格式不正确').optional(),
    /** The unit whose party organization is held to account, for an organization. */
    unitId: z.uuid('单位编号格式不正确').optional(),
    forms: formsField,
    probationMonths: probationMonthsField.optional(),
    facts: requiredText('问责事实', 5000),
    grounds: requiredText('问责依据', 2000),
    /** The body's opinion; for a body that does not lead, what it was consulted on. */
    opinion: optionalText('意见', 2000).default(''),
    /** The date of the proposal letter; today when left out. */
    proposedOn: isoDateSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.subjectKind === 'CADRE' && !b.cadreId) ctx.addIssue({ code: 'custom', path: ['cadreId'], message: '请选择被问责的干部' });
    if (b.subjectKind === 'ORGANIZATION' && !b.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: '请选择被问责的党组织所在单位' });
    if (b.subjectKind === 'CADRE' && b.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: '问责领导干部时不填单位，单位取干部所在单位' });
    if (b.subjectKind === 'ORGANIZATION' && b.cadreId) ctx.addIssue({ code: 'custom', path: ['cadreId'], message: '问责党组织时不填干部' });
  }, whenObject);
export type ProposalBody = z.input<typeof proposalBody>;
