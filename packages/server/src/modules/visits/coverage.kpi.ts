import type { DrillRow } from '@dandang/shared/dashboard/dashboard.schema';
import { visitCoverage } from '@dandang/shared/visits/coverage.rules';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import type { KpiReader, KpiSource } from '../dashboard';
import { coveragePeople, coveragePolicy } from './coverage.service';

/*
 * 回访覆盖面 on 动态监测 (DOMAIN.md §9): this year's share of the people under measures in the previous years who were
 * visited, against the policy's minimum (default 30%). The people come from the coverage report's own query and are
 * counted by its own rule, within the dashboard's scope as well, so the tile, its drill-down and the report agree.
 */

const thisYear = (db: Executor, reader: KpiReader) => coveragePeople(db, reader.ctx, Number(reader.today.slice(0, 4)), reader.within(cadres.unitId));

export const visitCoverageFigure: KpiSource = {
  code: 'VISIT_COVERAGE',
  label: '回访覆盖面',
  group: 'protection',
  basis: 'share',
  unit: '人',
  hint: '前两年受处理处分人员中本年已回访的占比',
  dateLabel: '本年最近回访',
  permissions: ['visit.read'],
  tone: async (db, reader) => ({ kind: 'minPercent', min: (await coveragePolicy(db, reader.ctx, Number(reader.today.slice(0, 4)))).minCoveragePercent }),
  async count(db, reader) {
    const { policy, people } = await thisYear(db, reader);
    return visitCoverage(people, policy).units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, value: u.visited, total: u.underMeasures }));
  },
  async rows(db, reader, filter) {
    const { people } = await thisYear(db, reader);
    const rows: DrillRow[] = [...new Map(people.map((p) => [p.cadreId, p])).values()]
      .filter((p) => !filter.unitId || p.unitId === filter.unitId)
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
      .map((p) => ({
        id: p.cadreId,
        title: p.name,
        unitId: p.unitId,
        unitName: p.unitName,
        cadreName: p.name,
        date: p.lastVisitedOn,
        status: p.visited ? '本年已回访' : '本年未回访',
        href: `/cadres/${p.cadreId}`,
      }));
    return filter.limit ? rows.slice(0, filter.limit) : rows;
  },
};
