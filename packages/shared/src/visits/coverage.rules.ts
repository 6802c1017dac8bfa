import type { VisitPolicy } from './visit-plan.rules';

/** One person counted by the coverage report: their unit, and whether they were visited in the year. */
export interface CoveragePerson {
  cadreId: string;
  unitId: string;
  unitName: string;
  visited: boolean;
}

export interface CoverageFigures {
  underMeasures: number;
  visited: number;
  /** Visited as a share of those under measures, in percent with one decimal; 100 when nobody is under a measure. */
  percent: number;
  meetsMinimum: boolean;
}

export interface CoverageUnit extends CoverageFigures {
  unitId: string;
  unitName: string;
}

/** The years whose measures a year's coverage counts: the `coverageLookbackYears` calendar years before it. */
export function coverageYears(year: number, policy: Pick<VisitPolicy, 'coverageLookbackYears'>): { from: number; to: number } {
  return { from: year - policy.coverageLookbackYears, to: year - 1 };
}

function figures(people: readonly CoveragePerson[], minPercent: number): CoverageFigures {
  const visited = people.filter((p) => p.visited).length;
  const percent = people.length === 0 ? 100 : Math.round((visited * 1000) / people.length) / 10;
  return { underMeasures: people.length, visited, percent, meetsMinimum: percent >= minPercent };
}

/**
 * 回访覆盖面 (DOMAIN.md §9): the share of the people under measures in the previous years who were visited in the
 * year, against `minCoveragePercent`, for the whole scope and per unit (units in name order). A person counts once.
 */
export function visitCoverage(people: readonly CoveragePerson[], policy: Pick<VisitPolicy, 'minCoveragePercent'>) {
  const unique = [...new Map(people.map((p) => [p.cadreId, p])).values()];
  const byUnit = new Map<string, CoveragePerson[]>();
  for (const p of unique) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const units: CoverageUnit[] = [...byUnit.values()]
    .map((list) => ({ unitId: list[0]?.unitId ?? '', unitName: list[0]?.unitName ?? '', ...figures(list, policy.minCoveragePercent) }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  return { total: figures(unique, policy.minCoveragePercent), units };
}
