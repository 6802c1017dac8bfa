import { z } from 'zod';
import { BALLOT_CODE_PATTERN, normalizeBallotCode } from '../assessment/ballot.schema';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { reasonSchema } from '../rules/reason.schema';
import { keysOf } from '../rules/tolerance.codes';
import { CAMPAIGN_STATES, HONOR_KINDS, NOMINATION_STATES, OBJECTION_STATES } from './honor.codes';

/* The 评先评优 contract (DOMAIN.md §10): what the API takes and answers, for the server and the web alike. */

const oneOf = <T extends Record<string, string>>(table: T, label: string) => z.enum(keysOf(table), { error: `${label}应为 ${keysOf(table).join('、')} 之一` });

const quotaEntry = z.strictObject({
  unitId: z.uuid('单位编号格式不正确'),
  quota: z.number('名额应为数字').int('名额应为整数').min(1, '名额至少 1 个').max(100, '名额不超过 100 个'),
});

export const createCampaignBody = z.strictObject({
  title: requiredText('评选活动名称', 100),
  kind: oneOf(HONOR_KINDS, '荣誉类别'),
  year: z.number('年度应为数字').int('年度应为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100'),
  nominationEndsOn: isoDateSchema,
  quotas: z
    .array(quotaEntry, '推荐名额应为列表')
    .min(1, '请至少为一个单位分配推荐名额')
    .max(500, '单位不超过 500 个')
    .refine((list) => new Set(list.map((q) => q.unitId)).size === list.length, '同一单位不能重复分配名额'),
});
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

export const nominateBody = z.strictObject({
  cadreId: z.uuid('请选择被推荐干部'),
  deeds: requiredText('主要事迹', 2000, 10),
  evidence: optionalText('佐证材料', 2000).default(''),
});
export type NominateBody = z.infer<typeof nominateBody>;

export const campaignActionParams = z.object({
  id: z.uuid('编号格式不正确'),
  action: z.enum(['review', 'notice', 'publish'], { error: '没有这个操作（review、notice、publish）' }),
});
export type CampaignAction = z.infer<typeof campaignActionParams>['action'];

export const reviewBody = z.strictObject({
  decision: z.enum(['SHORTLISTED', 'NOT_SELECTED'], { error: '审核意见应为 SHORTLISTED（拟表彰）或 NOT_SELECTED（未入选）' }),
  note: optionalText('审核意见', 500).default(''),
  version: versionField,
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const resolveObjectionBody = z.strictObject({
  outcome: z.enum(['UPHELD', 'DISMISSED'], { error: '核实结果应为 UPHELD（属实）或 DISMISSED（不属实）' }),
  answer: requiredText('答复意见', 1000),
  version: versionField,
});
export type ResolveObjectionBody = z.infer<typeof resolveObjectionBody>;

/** 查询码: the ballot codes' format (12 characters in three groups, no look-alikes); case and dashes forgiven. */
export const objectionCodeParam = z.object({
  code: z
    .string('查询码应为文本')
    .transform(normalizeBallotCode)
    .refine((c) => BALLOT_CODE_PATTERN.test(c), '查询码格式不正确，应为 12 位字母和数字'),
});

const phone = z.string('联系电话应为文本').trim().max(30, '联系电话不能超过30个字符');
/** An objection from the public page: real-name ones give a name and a phone, which are stored encrypted. */
export const fileObjectionBody = z
  .strictObject({
    nominationId: z.uuid('请选择对哪位人选提出异议'),
    realName: z.boolean('请选择实名或匿名'),
    name: z.string('姓名应为文本').trim().max(50, '姓名不能超过50个字符').default(''),
    phone: phone.default(''),
    content: requiredText('异议内容', 2000, 10),
  })
  .superRefine((body, ctx) => {
    if (!body.realName) return;
    if (!body.name) ctx.addIssue({ code: 'custom', path: ['name'], message: '实名反映请填写姓名' });
    if (!body.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: '实名反映请填写联系电话' });
    else if (!/^[0-9+\-() ]{5,30}$/.test(body.phone)) ctx.addIssue({ code: 'custom', path: ['phone'], message: '联系电话格式不正确' });
  });
export type FileObjectionBody = z.infer<typeof fileObjectionBody>;

const state = <T extends Record<string, string>>(table: T) => z.enum(keysOf(table));

export const quotaView = z.object({ unitId: z.string(), unitName: z.string(), quota: z.number(), used: z.number() });

export const campaignView = z.object({
  id: z.string(),
  title: z.string(),
  kind: state(HONOR_KINDS),
  year: z.number(),
  state: state(CAMPAIGN_STATES),
  nominationEndsOn: z.string(),
  noticeStartsOn: z.string().nullable(),
  noticeEndsOn: z.string().nullable(),
  noticeProvisional: z.boolean(),
  publishedOn: z.string().nullable(),
  version: z.number(),
});
export type CampaignView = z.infer<typeof campaignView>;

export const nominationView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  post: z.string().nullable(),
  deeds: z.string(),
  evidence: z.string(),
  state: state(NOMINATION_STATES),
  /** Screening's refusals (empty when eligible), each naming its rule. */
  refusals: z.array(reasonSchema),
  reviewNote: z.string(),
  /** An unresolved objection holds the nominee back until it is answered. */
  suspended: z.boolean(),
  nominatedBy: z.string(),
  version: z.number(),
});
export type NominationView = z.infer<typeof nominationView>;

/** An objection as the organization department handles it: never the objector's identity (a separate, audited read). */
export const objectionView = z.object({
  id: z.string(),
  nominationId: z.string(),
  cadreName: z.string(),
  realName: z.boolean(),
  content: z.string(),
  state: state(OBJECTION_STATES),
  answer: z.string(),
  filedAt: z.string(),
  resolvedAt: z.string().nullable(),
  version: z.number(),
});
export type ObjectionView = z.infer<typeof objectionView>;

export const campaignDetail = campaignView.extend({
  quotas: z.array(quotaView),
  nominations: z.array(nominationView),
  /** Present for those who manage the campaign. */
  objections: z.array(objectionView).nullable(),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const objectorView = z.object({ realName: z.boolean(), name: z.string().nullable(), phone: z.string().nullable() });
export type ObjectorView = z.infer<typeof objectorView>;

/** The public notice: who is proposed and why, with no login; a suspended nominee is marked so. */
export const publicNoticeView = z.object({
  id: z.string(),
  title: z.string(),
  kind: state(HONOR_KINDS),
  state: state(CAMPAIGN_STATES),
  noticeStartsOn: z.string(),
  noticeEndsOn: z.string(),
  /** Objections are taken today. */
  open: z.boolean(),
  issuer: z.string(),
  nominees: z.array(
    z.object({ id: z.string(), name: z.string(), unitName: z.string(), post: z.string().nullable(), deeds: z.string(), suspended: z.boolean() }),
  ),
});
export type PublicNoticeView = z.infer<typeof publicNoticeView>;

export const objectionReceipt = z.object({ code: z.string(), filedAt: z.string() });
export const publicObjectionView = z.object({
  campaignTitle: z.string(),
  cadreName: z.string(),
  state: state(OBJECTION_STATES),
  filedAt: z.string(),
  answer: z.string(),
  resolvedAt: z.string().nullable(),
});
export type PublicObjectionView = z.infer<typeof publicObjectionView>;

export const cadreHonorView = z.object({
  campaignId: z.string(),
  title: z.string(),
  kind: state(HONOR_KINDS),
  year: z.number(),
  publishedOn: z.string(),
});
export type CadreHonorView = z.infer<typeof cadreHonorView>;
