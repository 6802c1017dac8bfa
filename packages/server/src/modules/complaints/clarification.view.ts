import { CLARIFICATION_FORMS, CLARIFICATION_STATUSES, CONSENT_WAYS } from '@dandang/shared/complaints/complaint.codes';
import type { ClarificationView } from '@dandang/shared/complaints/complaint-view.schema';
import { CLARIFICATION_IMPACTS, type ComplaintConclusion, recommendClarification } from '@dandang/shared/rules/clarification.rules';
import type { ClarificationRow } from './complaints.repository';

/** Consent counts once given and stays given through approval and completion. */
export const hasConsent = (row: Pick<ClarificationRow, 'status'>) => row.status === 'CONSENTED' || row.status === 'APPROVED' || row.status === 'COMPLETED';

/** The rules core's recommendation on a clarification as it stands (检举控告工作规则第五十条). */
export function recommendationOf(row: ClarificationRow, conclusion: ComplaintConclusion) {
  return recommendClarification({ conclusion, impacts: row.impacts, consent: hasConsent(row), toleranceGranted: row.toleranceGranted });
}

export function toClarificationView(row: ClarificationRow, cadreName: string, conclusion: ComplaintConclusion): ClarificationView {
  return {
    cadreId: row.cadreId,
    cadreName,
    status: row.status,
    statusLabel: CLARIFICATION_STATUSES[row.status],
    falsePoints: row.falsePoints,
    impacts: row.impacts.map((code) => ({ code, label: CLARIFICATION_IMPACTS[code] })),
    forms: row.forms.map((code) => ({ code, label: CLARIFICATION_FORMS[code] })),
    scopeNote: row.scopeNote,
    toleranceGranted: row.toleranceGranted,
    recommendation: recommendationOf(row, conclusion),
    consentWay: row.consentWay ? CONSENT_WAYS[row.consentWay] : null,
    consentAt: row.consentAt?.toISOString() ?? null,
    consentAttachmentId: row.consentAttachmentId,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approverName: row.approverName,
    completedOn: row.completedOn,
    completionNote: row.completionNote,
    version: row.version,
  };
}
