import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { CLARIFICATION_IMPACTS, COMPLAINT_CONCLUSIONS } from '../rules/clarification.rules';
import { CLARIFICATION_FORMS, COMPLAINT_CHANNELS, COMPLAINT_CLASSES, keysOf } from './complaint.codes';
import { COMPLAINT_STATES } from './complaint.states';

/*
 * The requests of 检举控告 and 澄清正名 (issue 7 items 1–2). The complainant's identity travels only in the intake
 * body and in the answer of the identity route; no other request or view carries it.
 */

const channel = z.enum(keysOf(COMPLAINT_CHANNELS), { error: '来源渠道应为 LETTER、VISIT、PHONE、ONLINE 或 REFERRAL' });
const classification = z.enum(keysOf(COMPLAINT_CLASSES), { error: `问题类别应为 ${keysOf(COMPLAINT_CLASSES).join('、')} 之一` });
export const conclusionCode = z.enum(keysOf(COMPLAINT_CONCLUSIONS), { error: `核查结论应为 ${keysOf(COMPLAINT_CONCLUSIONS).join('、')} 之一` });
const impactCode = z.enum(keysOf(CLARIFICATION_IMPACTS), { error: `影响情形应为 ${keysOf(CLARIFICATION_IMPACTS).join('、')} 之一` });
const formCode = z.enum(keysOf(CLARIFICATION_FORMS), { error: `澄清方式应为 ${keysOf(CLARIFICATION_FORMS).join('、')} 之一` });
const uniqueList = <T extends z.ZodType>(item: T, label: string, min: number, max: number) =>
  z
    .array(item, { error: `${label}应为列表` })
    .min(min, `请选择${label}`)
    .max(max, `${label}不能超过 ${max} 个`)
    .refine((l) => new Set(l).size === l.length, `${label}不能重复`);

/** 检举控告人身份: kept only SM4-encrypted, in its own table. */
export const complainantSchema = z.strictObject({
  name: requiredText('检举控告人姓名', 50),
  phone: requiredText('联系电话', 30).regex(/^[0-9+\-() ]{5,30}$/, '联系电话格式不正确'),
  idNumber: optionalText('身份证号', 18)
    .regex(/^(\d{17}[\dXx])?$/, '身份证号应为 18 位')
    .optional(),
  address: optionalText('联系地址', 200).optional(),
});
export type Complainant = z.infer<typeof complainantSchema>;

export const intakeBody = z
  .strictObject({
    channel,
    receivedOn: isoDateSchema.describe('收到日期'),
    anonymous: z.boolean({ error: '请选择实名或匿名' }),
    complainant: complainantSchema.optional(),
    accusedCadreIds: uniqueList(z.uuid('干部编号格式不正确'), '被反映干部', 1, 20),
    classification,
    title: requiredText('标题', 100, 2),
    matter: requiredText('反映的主要问题', 8000, 5),
    handlerIds: uniqueList(z.uuid('承办人编号格式不正确'), '承办人', 0, 10).default([]),
  })
  .superRefine((b, ctx) => {
    // A real-name complaint names its author; an anonymous one must not carry an identity by mistake.
    if (!b.anonymous && !b.complainant) ctx.addIssue({ code: 'custom', path: ['complainant'], message: '实名举报请填写检举控告人身份' });
    if (b.anonymous && b.complainant) ctx.addIssue({ code: 'custom', path: ['complainant'], message: '匿名举报不应填写检举控告人身份' });
  });
export type IntakeBody = z.input<typeof intakeBody>;

export const complaintListQuery = z.object({
  ...pageQuery,
  state: z.enum(COMPLAINT_STATES, { error: '状态不正确' }).optional(),
  q: optionalText('查询内容', 50).optional(),
});
export const assignBody = z.strictObject({ userIds: uniqueList(z.uuid('承办人编号格式不正确'), '承办人', 1, 10) });
export const noteBody = z.strictObject({ body: requiredText('核查情况', 4000) });

/** The fields the `conclude` step carries. */
export const concludeFields = z.object({ conclusion: conclusionCode, grounds: requiredText('结论依据', 4000) });
export const actionParams = z.object({ id: z.uuid('编号格式不正确'), action: z.enum(['verify', 'fileAway', 'conclude'], { error: '没有这个办理操作' }) });

/** 澄清正名 proposed by the handler after the conclusion: whom, which false points, the impacts, the forms and the scope. */
export const proposeClarificationBody = z.strictObject({
  cadreId: z.uuid('干部编号格式不正确'),
  falsePoints: requiredText('予以澄清的失实问题', 2000, 2),
  impacts: uniqueList(impactCode, '影响情形', 0, 3).default([]),
  forms: uniqueList(formCode, '澄清方式', 1, 3),
  scopeNote: optionalText('澄清范围', 500).default(''),
  toleranceGranted: z.boolean({ error: '属实部分是否已容错应为是或否' }).default(false),
});
/** The cadre's own answer: their clarification on this complaint is found by who they are. */
export const consentBody = z.strictObject({ version: versionField, consent: z.boolean({ error: '请选择同意或不同意' }) });
/** The handler's and the approver's steps name whose clarification they act on. */
const whose = { cadreId: z.uuid('干部编号格式不正确'), version: versionField };
/** Consent given on paper: the handler enters it with the signed statement already attached to the case. */
export const paperConsentBody = z.strictObject({ ...whose, consent: z.boolean({ error: '请选择同意或不同意' }), attachmentId: z.uuid('附件编号格式不正确') });
export const approveBody = z.strictObject({ ...whose, note: optionalText('审批意见', 500).default('') });
export const completeBody = z.strictObject({ ...whose, completedOn: isoDateSchema.describe('澄清日期'), note: requiredText('澄清实施情况', 2000) });
export const noticeQuery = z.object({ cadreId: z.uuid('干部编号格式不正确').optional() });

/** A measure wrongly caused by the report, to be revoked: the version read from the register, and why. */
export const correctMeasureBody = z.strictObject({
  measureId: z.uuid('措施编号格式不正确'),
  version: versionField,
  reason: requiredText('纠正理由', 500, 2),
});

/** 诬告陷害/错告误告的处理: the false accuser's status as established (never their identity), and what was done. */
export const falseAccusationBody = z.strictObject({
  partyMember: z.boolean({ error: '请选择是否党员' }),
  publicOfficial: z.boolean({ error: '请选择是否公职人员' }),
  suspectedCrime: z.boolean({ error: '请选择是否涉嫌犯罪' }).default(false),
  gainedBenefits: z.boolean({ error: '请选择是否因此获得利益' }).default(false),
  note: requiredText('处理情况', 2000),
});
