import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, requiredText } from '../platform/fields';
import { expecting } from '../rules/validation';

/** 关心关爱 (DOMAIN.md §9): talks, visits and support for cadres under pressure or hit by setbacks. */
export const CARE_KINDS = ['TALK', 'VISIT', 'SUPPORT'] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const CARE_KIND_LABELS: Record<CareKind, string> = { TALK: '谈心谈话', VISIT: '走访看望', SUPPORT: '帮扶支持' };

/** Why a cadre is a care candidate; other modules add their own reasons through registerCareSource. */
export const CARE_REASON_LABELS: Record<string, string> = {
  HELD_ACCOUNTABLE: '近12个月内被问责或调整',
  CLARIFIED: '已澄清正名',
  FLAGGED: '所在单位提出关爱需求',
};

export const careFlagBody = z.strictObject({
  cadreId: z.uuid(expecting('干部编号格式不正确')),
  reason: requiredText('关爱原因', 500, 2),
});
export type CareFlagBody = z.infer<typeof careFlagBody>;

export const careRecordBody = z.strictObject({
  cadreId: z.uuid(expecting('干部编号格式不正确')),
  kind: z.enum(CARE_KINDS, { error: `关爱方式应为 ${CARE_KINDS.join('、')} 之一` }),
  on: isoDateSchema,
  by: requiredText('开展人', 100),
  notes: optionalText('情况记录', 2000).default(''),
});
export type CareRecordBody = z.infer<typeof careRecordBody>;

export const careFlagView = z.object({ id: z.string(), cadreId: z.string(), reason: z.string(), createdByName: z.string().nullable(), createdAt: z.string() });
export const careRecordView = z.object({
  id: z.string(),
  cadreId: z.string(),
  kind: z.enum(CARE_KINDS),
  on: z.string(),
  by: z.string(),
  notes: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type CareRecordView = z.infer<typeof careRecordView>;

export const careCandidate = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), on: z.string() })),
  /** The latest care record, so the list shows who has been looked after already. */
  lastCareOn: z.string().nullable(),
});
export type CareCandidate = z.infer<typeof careCandidate>;
