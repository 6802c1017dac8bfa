import { z } from 'zod';
import { BALLOT_CODE_PATTERN, normalizeBallotCode } from '../assessment/ballot.schema';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, queryFlag, requiredText, versionField } from '../platform/fields';
import { keysOf, REWARD_FORMS, SUBMISSION_KINDS, SUBMISSION_STATES } from './participation.codes';

/*
 * The requests of 群众金点子 and 企业诉求 (issue 8 items 2–3). Size limits here are half of the spam defence (the other
 * half is the challenge and the per-address rate limit on the public routes).
 */

export const kindField = z.enum(keysOf(SUBMISSION_KINDS), { error: '类型应为 IDEA（群众金点子）或 APPEAL（企业诉求）' });
const phoneField = requiredText('联系电话', 20).regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话应为 11 位手机号或带区号的固定电话');

/**
 * 查询码: made like a ballot code (12 letters and digits from an alphabet without look-alikes, ≈ 2^59 codes, so it
 * cannot be guessed), and read as typed: case, spaces and missing dashes forgiven.
 */
export const queryCode = z
  .string({ error: (issue) => (issue.input === undefined ? '请填写查询码' : '查询码应为文本') })
  .transform(normalizeBallotCode)
  .refine((code) => BALLOT_CODE_PATTERN.test(code), '查询码格式不正确，应为 12 位字母和数字');

export const submitBody = z
  .strictObject({
    kind: kindField,
    categoryId: z.uuid('请选择类别'),
    title: requiredText('标题', 60, 4),
    content: requiredText('内容', 2000, 10),
    anonymous: z.boolean({ error: '请选择实名或匿名' }),
    /** Real-name submitter (and every appeal's contact person). */
    contactName: optionalText('联系人姓名', 30).optional(),
    phone: phoneField.optional(),
    enterpriseName: optionalText('企业名称', 100).optional(),
    /** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z. */
    creditCode: optionalText('统一社会信用代码', 18)
      .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码应为 18 位')
      .optional(),
    challengeToken: z.uuid('验证题已失效，请刷新验证题'),
    challengeAnswer: z.number({ error: '请填写验证题答案' }).int('验证题答案应为整数').min(0, '验证题答案不正确').max(1000, '验证题答案不正确'),
  })
  .superRefine((b, ctx) => {
    const need = (path: 'contactName' | 'phone' | 'enterpriseName' | 'creditCode', message: string) => {
      if (!b[path]) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (b.kind === 'APPEAL') {
      // An appeal is answered to an enterprise: it always names the enterprise and a contact, never anonymous.
      if (b.anonymous) ctx.addIssue({ code: 'custom', path: ['anonymous'], message: '企业诉求须实名提交' });
      need('enterpriseName', '请填写企业名称');
      need('creditCode', '请填写统一社会信用代码');
      need('contactName', '请填写联系人姓名');
      need('phone', '请填写联系电话');
    } else if (!b.anonymous) {
      need('contactName', '实名提交请填写姓名');
      need('phone', '实名提交请填写联系电话');
    } else {
      // Anonymous means nothing that identifies the person is kept, even by mistake.
      if (b.contactName || b.phone) ctx.addIssue({ code: 'custom', path: ['anonymous'], message: '匿名提交不应填写姓名和联系电话' });
    }
    if (b.kind === 'IDEA' && (b.enterpriseName || b.creditCode)) {
      ctx.addIssue({ code: 'custom', path: ['enterpriseName'], message: '金点子不填写企业信息，企业请选择“企业诉求”' });
    }
  });
export type SubmitBody = z.input<typeof submitBody>;

export const ratingBody = z.strictObject({
  rating: z.number({ error: '请选择满意度' }).int('满意度应为 1 至 5 的整数').min(1, '满意度应为 1 至 5').max(5, '满意度应为 1 至 5'),
  comment: optionalText('评价意见', 200).default(''),
});

export const categoriesQuery = z.object({ kind: kindField.optional() });

export const listQuery = z.object({
  ...pageQuery,
  kind: kindField.optional(),
  state: z.enum(SUBMISSION_STATES, { error: `状态应为 ${SUBMISSION_STATES.join('、')} 之一` }).optional(),
  overdue: queryFlag('逾期').optional(),
  q: optionalText('查询内容', 50).optional(),
});

export const actionParams = z.object({
  id: z.uuid('编号格式不正确'),
  action: z.enum(['study', 'adopt', 'decline', 'complete'], { error: '办理动作应为 study、adopt、decline 或 complete' }),
});

export const actionBody = z.strictObject({
  version: versionField,
  /** The official answer (答复意见), required by adopt and decline; shown to the public. */
  answer: optionalText('答复意见', 2000).default(''),
  /** An internal note of the step (study, complete). */
  note: optionalText('办理说明', 1000).default(''),
});

export const rewardBody = z
  .strictObject({
    version: versionField,
    form: z.enum(keysOf(REWARD_FORMS), { error: '奖励形式应为 CERTIFICATE、CASH、COMMENDATION 或 OTHER' }),
    amountYuan: z.number('奖金金额应为数字').positive('奖金金额应大于 0').max(1_000_000, '奖金金额不能超过 100 万元').optional(),
    grantedOn: isoDateSchema.describe('奖励日期'),
    note: requiredText('奖励说明', 500, 2),
  })
  .superRefine((b, ctx) => {
    if (b.form === 'CASH' && b.amountYuan === undefined) ctx.addIssue({ code: 'custom', path: ['amountYuan'], message: '奖金请填写金额' });
    if (b.form !== 'CASH' && b.amountYuan !== undefined) ctx.addIssue({ code: 'custom', path: ['amountYuan'], message: '只有奖金填写金额' });
  });

export const milestoneBody = z.strictObject({
  title: requiredText('节点名称', 100, 2),
  plannedOn: isoDateSchema.describe('计划完成日期'),
});

export const milestoneParams = z.object({ id: z.uuid('编号格式不正确'), milestoneId: z.uuid('节点编号格式不正确') });

export const milestoneProgressBody = z.strictObject({
  version: versionField,
  percent: z.number('完成进度应为数字').int('完成进度应为整数').min(0, '完成进度不能小于 0').max(100, '完成进度不能大于 100'),
  note: requiredText('进展情况', 500, 2),
  doneOn: isoDateSchema.describe('完成日期').nullable().default(null),
});

export const moderationBody = z
  .strictObject({
    version: versionField,
    hidden: z.boolean({ error: '请选择是否屏蔽内容' }),
    redactedTitle: optionalText('公开标题', 60).nullable().default(null),
    redactedContent: optionalText('公开内容', 2000).nullable().default(null),
    reason: requiredText('处理理由', 200, 2),
  })
  .transform((b) => ({ ...b, redactedTitle: b.redactedTitle || null, redactedContent: b.redactedContent || null }));

export const categoryBody = z.strictObject({
  kind: kindField,
  name: requiredText('类别名称', 30, 2),
  unitId: z.uuid('请选择承办单位'),
  active: z.boolean('请选择是否启用').default(true),
});

export const categoryUpdateBody = z.strictObject({
  version: versionField,
  name: requiredText('类别名称', 30, 2),
  unitId: z.uuid('请选择承办单位'),
  active: z.boolean('请选择是否启用'),
});

const labelsOfKind = z.strictObject(
  Object.fromEntries(SUBMISSION_STATES.map((s) => [s, requiredText('状态名称', 10)])) as Record<
    (typeof SUBMISSION_STATES)[number],
    ReturnType<typeof requiredText>
  >,
);

export const settingsBody = z.strictObject({
  version: versionField,
  useStudyState: z.boolean('请选择是否启用“研究中”环节'),
  labels: z.strictObject({ IDEA: labelsOfKind, APPEAL: labelsOfKind }),
});

export const indicatorQuery = z
  .object({
    kind: kindField,
    from: isoDateSchema.describe('起始日期'),
    to: isoDateSchema.describe('截止日期'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '截止日期不能早于起始日期' });

export const transferBody = z.strictObject({
  version: versionField,
  unitId: z.uuid('请选择转办单位'),
  reason: requiredText('转办理由', 200, 2),
});
