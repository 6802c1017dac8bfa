import { CITE } from '../rules/citations';
import { COMPLAINT_CONCLUSIONS, type ComplaintConclusion } from '../rules/clarification.rules';
import { type Reason, reason } from '../rules/reason';

/*
 * 重复举报 (issue 7 item 3; DOMAIN.md §8 "reports on the same matter keep coming after a conclusion", one of the
 * impacts of 检举控告工作规则 第五十条): a new complaint about a cadre on whom an earlier complaint already has a
 * conclusion is shown to the handler with the earlier numbers and conclusions. Whether it is "the same matter" is the
 * handler's judgement; the rule only finds the earlier concluded complaints about the same people.
 */

export interface EarlierComplaint {
  caseId: string;
  number: string;
  cadreIds: readonly string[];
  /** null while the earlier complaint is still being verified: it is a parallel report, not a repeated one. */
  conclusion: ComplaintConclusion | null;
  concludedOn: string | null;
}

export interface RepeatedReport {
  caseId: string;
  number: string;
  cadreIds: string[];
  conclusion: ComplaintConclusion;
  conclusionLabel: string;
  concludedOn: string;
}

export interface RepeatedReportsResult {
  repeated: RepeatedReport[];
  reasons: Reason[];
}

/** The earlier concluded complaints that name any of `cadreIds`, oldest conclusion first; the complaint itself excluded. */
export function findRepeatedReports(self: { caseId: string | null; cadreIds: readonly string[] }, earlier: readonly EarlierComplaint[]): RepeatedReportsResult {
  const accused = new Set(self.cadreIds);
  const repeated = earlier
    .filter((e) => e.caseId !== self.caseId && e.conclusion !== null && e.concludedOn !== null && e.cadreIds.some((id) => accused.has(id)))
    .map((e) => ({
      caseId: e.caseId,
      number: e.number,
      cadreIds: e.cadreIds.filter((id) => accused.has(id)),
      conclusion: e.conclusion as ComplaintConclusion,
      conclusionLabel: COMPLAINT_CONCLUSIONS[e.conclusion as ComplaintConclusion],
      concludedOn: e.concludedOn as string,
    }))
    .sort((a, b) => a.concludedOn.localeCompare(b.concludedOn) || a.number.localeCompare(b.number));
  const reasons = repeated.map((r) =>
    reason('REPEATED_REPORTS', CITE.clarification, `重复举报：${r.number}已于${r.concludedOn}办结，结论为${r.conclusionLabel}`),
  );
  return { repeated, reasons };
}
