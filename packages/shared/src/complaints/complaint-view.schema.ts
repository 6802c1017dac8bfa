import { z } from 'zod';
import { caseView } from '../cases/case.schema';
import { reasonSchema } from '../rules/reason.schema';

/** What the complaint pages show. None of these carries the complainant's identity: that has its own audited route. */

const coded = z.object({ code: z.string(), label: z.string() });

export const repeatedReportView = z.object({
  caseId: z.string(),
  number: z.string(),
  cadreIds: z.array(z.string()),
  conclusion: z.string(),
  conclusionLabel: z.string(),
  concludedOn: z.string(),
});

export const clarificationView = z.object({
  cadreId: z.string(),
  cadreName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  falsePoints: z.string(),
  impacts: z.array(coded),
  forms: z.array(coded),
  scopeNote: z.string(),
  toleranceGranted: z.boolean(),
  /** The rules core's answer (检举控告工作规则第五十条) on the saved facts and the consent as it stands. */
  recommendation: z.object({ recommended: z.boolean(), reasons: z.array(reasonSchema) }),
  consentWay: z.string().nullable(),
  consentAt: z.string().nullable(),
  consentAttachmentId: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approverName: z.string().nullable(),
  completedOn: z.string().nullable(),
  completionNote: z.string().nullable(),
  version: z.number(),
});
export type ClarificationView = z.infer<typeof clarificationView>;

export const complaintDetail = z.object({
  case: caseView,
  channel: coded,
  anonymous: z.boolean(),
  classification: coded,
  matter: z.string(),
  receivedOn: z.string(),
  accused: z.array(z.object({ cadreId: z.string(), name: z.string(), unitName: z.string() })),
  handlers: z.array(z.object({ userId: z.string(), name: z.string() })),
  notes: z.array(z.object({ id: z.string(), at: z.string(), authorName: z.string(), body: z.string() })),
  conclusion: z.object({ code: z.string(), label: z.string(), grounds: z.string(), concludedOn: z.string() }).nullable(),
  /** 重复举报: earlier concluded complaints about the same cadres. */
  repeated: z.array(repeatedReportView),
  /** 澄清正名, one per accused cadre for whom it was proposed. */
  clarifications: z.array(clarificationView),
  /** Measures wrongly caused by the report and revoked through this complaint. */
  correctedMeasures: z.array(
    z.object({ measureId: z.string(), code: z.string(), label: z.string(), effectiveOn: z.string(), reason: z.string(), at: z.string() }),
  ),
  /** How the false accuser was dealt with (诬告陷害 referrals or 错告误告 education), once recorded. */
  falseAccusation: z
    .object({ referrals: z.array(coded), reasons: z.array(reasonSchema), note: z.string(), recordedAt: z.string(), recordedByName: z.string() })
    .nullable(),
  /** Whether the reader may open the identity route (holds complaint.identity within its scope). */
  canSeeIdentity: z.boolean(),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

/** A measure of an accused cadre still in force that the reader may revoke in the register: what 纠正处理 offers. */
export const correctableMeasureView = z.object({
  id: z.string(),
  cadreId: z.string(),
  code: z.string(),
  label: z.string(),
  effectiveOn: z.string(),
  decidingBody: z.string(),
  version: z.number(),
});
export type CorrectableMeasure = z.infer<typeof correctableMeasureView>;

export const complaintPage = z.object({
  items: z.array(z.object({ case: caseView, channel: coded, anonymous: z.boolean(), conclusion: coded.nullable() })),
  total: z.number(),
});

export const complainantView = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
});

/** What the accused cadre sees of their own clarification: never the complaint, its matter or who made it. */
export const myClarificationView = z.object({
  complaintId: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  falsePoints: z.string(),
  forms: z.array(coded),
  version: z.number(),
});
