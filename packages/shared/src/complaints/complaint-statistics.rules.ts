import type { WorkCalendar } from '../calendar/work-calendar';
import type { IsoDate } from '../dates/date';
import { averageOf, countByMonth, percentOf, workdaysAfter } from '../platform/statistics';
import { COMPLAINT_CONCLUSIONS, type ComplaintConclusion, FALSE_REPORT_CONCLUSIONS } from '../rules/clarification.rules';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from './complaint.codes';
import type { ComplaintStatistics } from './complaint-statistics.schema';
import { REFERRALS, type Referral } from './false-accusation.rules';

/*
 * 检举控告统计 reckoned from one year's complaints (DOMAIN.md §8): the conclusions that the report was false
 * (失实, 诬告陷害, 错告误告) are the ones a clarification may follow, so 澄清正名率 is the share of them in which a cadre
 * was cleared; the referrals of 诬告陷害 are those the handling recorded; durations count working days (§3).
 */

export interface StatisticsComplaint {
  channel: ComplaintChannel;
  receivedOn: IsoDate;
  conclusion: ComplaintConclusion | null;
  concludedOn: IsoDate | null;
  /** The units of the accused cadres, each once. */
  units: ReadonlyArray<{ unitId: string; unitName: string }>;
  /** At least one accused cadre's clarification was carried out (COMPLETED). */
  clarified: boolean;
  /** The referrals of the recorded false-accusation handling; null while none is recorded. */
  referrals: readonly Referral[] | null;
}

/** The referrals a false accuser (诬告陷害) can be given; education is for 错告误告 only. */
const ACCUSER_REFERRALS = (Object.keys(REFERRALS) as Referral[]).filter((r) => r !== 'EDUCATION');

export function reckonComplaintStatistics(calendar: WorkCalendar, year: number, complaints: readonly StatisticsComplaint[]): ComplaintStatistics {
  const conclusions = [...(Object.keys(COMPLAINT_CONCLUSIONS) as ComplaintConclusion[]), 'UNCONCLUDED' as const];
  const units = new Map<string, { unitId: string; unitName: string; count: number }>();
  for (const c of complaints) {
    for (const u of c.units) {
      const unit = units.get(u.unitId) ?? { ...u, count: 0 };
      unit.count += 1;
      units.set(u.unitId, unit);
    }
  }
  const spans = complaints.flatMap((c) => (c.conclusion && c.concludedOn ? [workdaysAfter(calendar, c.receivedOn, c.concludedOn)] : []));
  const falseReports = complaints.filter((c) => c.conclusion !== null && FALSE_REPORT_CONCLUSIONS.includes(c.conclusion));
  const clarified = falseReports.filter((c) => c.clarified).length;
  const accusations = complaints.filter((c) => c.conclusion === 'FALSE_ACCUSATION');
  const handled = accusations.flatMap((c) => (c.referrals ? [c.referrals] : []));
  return {
    year,
    total: complaints.length,
    byChannel: (Object.keys(COMPLAINT_CHANNELS) as ComplaintChannel[]).map((code) => ({
      code,
      label: COMPLAINT_CHANNELS[code],
      count: complaints.filter((c) => c.channel === code).length,
    })),
    byConclusion: conclusions.map((code) => ({
      code,
      label: code === 'UNCONCLUDED' ? '尚未作出结论' : COMPLAINT_CONCLUSIONS[code],
      count: complaints.filter((c) => (c.conclusion ?? 'UNCONCLUDED') === code).length,
    })),
    byUnit: [...units.values()].sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName, 'zh-CN')),
    byMonth: countByMonth(complaints.map((c) => c.receivedOn)).map((received, i) => ({ month: i + 1, received })),
    averageWorkdaysToConclusion: averageOf(spans.map((s) => s.days)),
    clarification: { falseReports: falseReports.length, clarified, percent: percentOf(clarified, falseReports.length) },
    falseAccusations: {
      concluded: accusations.length,
      handled: handled.length,
      byReferral: ACCUSER_REFERRALS.map((code) => ({ code, label: REFERRALS[code], count: handled.filter((r) => r.includes(code)).length })),
    },
    provisional: spans.some((s) => s.provisional),
  };
}
