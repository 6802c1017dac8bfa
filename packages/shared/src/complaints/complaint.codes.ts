/*
 * The small code lists of 检举控告 (issue 7 item 1). DOMAIN.md §8 gives the conclusions (in rules/clarification.rules.ts);
 * the channels, classifications and clarification forms below are the product's lists, chosen here.
 */

/** How a complaint arrived: 来信、来访、来电、网络举报、上级或其他机关转办. */
export const COMPLAINT_CHANNELS = { LETTER: '来信', VISIT: '来访', PHONE: '来电', ONLINE: '网络举报', REFERRAL: '转办' } as const;
export type ComplaintChannel = keyof typeof COMPLAINT_CHANNELS;

/** What the complaint is about, in the words of the 纪律处分条例's families, kept small on purpose. */
export const COMPLAINT_CLASSES = {
  POLITICAL: '违反政治纪律',
  WORK: '违反工作纪律',
  INTEGRITY: '违反廉洁纪律',
  MASS: '违反群众纪律',
  CONDUCT: '作风问题',
  OTHER: '其他',
} as const;
export type ComplaintClass = keyof typeof COMPLAINT_CLASSES;

/** 澄清方式 (DOMAIN.md §8): explanation to the unit head and the person, notice to the party committee, notice within a scope. */
export const CLARIFICATION_FORMS = {
  EXPLANATION: '向所在单位主要负责人和本人书面或当面说明',
  PARTY_COMMITTEE_NOTICE: '在所在单位党委（党组）会议上通报',
  SCOPED_NOTICE: '在一定范围内通报（会议、书面或公开发布）',
} as const;
export type ClarificationForm = keyof typeof CLARIFICATION_FORMS;

/** Where a clarification stands: proposed by the handler, agreed or refused by the cadre, approved, carried out. */
export const CLARIFICATION_STATUSES = {
  PROPOSED: '待本人表态',
  CONSENTED: '本人同意，待审批',
  DECLINED: '本人不同意澄清',
  APPROVED: '已批准，待实施',
  COMPLETED: '已澄清正名',
} as const;
export type ClarificationStatus = keyof typeof CLARIFICATION_STATUSES;

/** How the consent was given: by the cadre in the app, or on paper, entered by the handler with the signed file. */
export const CONSENT_WAYS = { APP: '本人在系统中确认', PAPER: '书面确认（承办人录入）' } as const;
export type ConsentWay = keyof typeof CONSENT_WAYS;

export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
