import { chinaDateOf } from '@dandang/shared/dates/date';
import { coverageYears, visitCoverage } from '@dandang/shared/visits/coverage.rules';
import type { CoverageReport } from '@dandang/shared/visits/coverage.schema';
import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { effectiveDocument } from '../policy';
import { listCoveragePeople } from './coverage.repository';
import { visitScope } from './visits.scope';

/** The visits policy a year's coverage is measured against: the one in force at the year's end, or today for the running year. */
export async function coveragePolicy(db: Executor, ctx: RequestContext, year: number) {
  const today = chinaDateOf(ctx.now);
  const yearEnd = `${year}-12-31`;
  return (await effectiveDocument(db, yearEnd < today ? yearEnd : today, null)).visits;
}

/**
 * The people 回访覆盖面 counts in a year (DOMAIN.md §9), in the reader's scope (and within `within`), with the policy it
 * is measured against (national-level). One county's report, whose per-jurisdiction variants would need one report each. The report and the dashboard's figure both
 * count from here, so they cannot disagree.
 */
export async function coveragePeople(db: Executor, ctx: RequestContext, year: number, within?: SQL) {
  const policy = await coveragePolicy(db, ctx, year);
  const years = coverageYears(year, policy);
  const people = await listCoveragePeople(db, visitScope(ctx, 'visit.read'), years, year, within);
  return { policy, years, people };
}

export async function visitCoverageReport(db: Db, ctx: RequestContext, year: number): Promise<CoverageReport> {
  const { policy, years, people } = await coveragePeople(db, ctx, year);
  const { total, units } = visitCoverage(people, policy);
  return { year, measuresFrom: years.from, measuresTo: years.to, minCoveragePercent: policy.minCoveragePercent, total, units };
}
