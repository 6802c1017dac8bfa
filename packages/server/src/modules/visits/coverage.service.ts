import { chinaDateOf } from '@dandang/shared/dates/date';
import { coverageYears, visitCoverage } from '@dandang/shared/visits/coverage.rules';
import type { CoverageReport } from '@dandang/shared/visits/coverage.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { effectiveDocument } from '../policy';
import { listCoveragePeople } from './coverage.repository';
import { visitScope } from './visits.scope';

/**
 * 回访覆盖面 of a year (DOMAIN.md §9) in the reader's scope, under the national-level policy in force at the year's end
 * (or today, for the running year): one county's report, whose per-jurisdiction variants would need one report each.
 */
export async function visitCoverageReport(db: Db, ctx: RequestContext, year: number): Promise<CoverageReport> {
  const today = chinaDateOf(ctx.now);
  const yearEnd = `${year}-12-31`;
  const policy = (await effectiveDocument(db, yearEnd < today ? yearEnd : today, null)).visits;
  const years = coverageYears(year, policy);
  const people = await listCoveragePeople(db, visitScope(ctx, 'visit.read'), years, year);
  const { total, units } = visitCoverage(people, policy);
  return { year, measuresFrom: years.from, measuresTo: years.to, minCoveragePercent: policy.minCoveragePercent, total, units };
}
