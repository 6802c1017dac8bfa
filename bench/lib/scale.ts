/**
 * How big each benchmark runs. The full run is what the committed summary reports; the quick run is CI's smoke run:
 * every benchmark end to end once, at sizes that finish in a few minutes on a shared two-core machine.
 */
export interface Scale {
  name: 'full' | 'quick';
  /** One database per size, seeded with the demo county at that many cadres, searched at 32 clients. */
  searchCadres: number[];
  /** Rows of the roster workbook imported (in the smallest search database, before its export). */
  importRows: number;
  /** Requests each concurrent client times in the search and ballot loads. */
  searchPerClient: number;
  ballotsPerClient: number;
  /** Units of 50 cadres the grading benchmark grades. */
  gradingUnits: number;
  /** Records (measures and cases) written beside the largest search database before the dashboard is timed. */
  dashboardRecords: number;
  dashboardRequests: number;
  /** The embedded engine's county, and the requests each page gets. */
  pgliteCadres: number;
  pglitePerPage: number;
}

export const FULL: Scale = {
  name: 'full',
  searchCadres: [100_000, 1_000_000],
  importRows: 100_000,
  searchPerClient: 40,
  ballotsPerClient: 20,
  gradingUnits: 2000,
  dashboardRecords: 5_000_000,
  dashboardRequests: 20,
  pgliteCadres: 5000,
  pglitePerPage: 20,
};

export const QUICK: Scale = {
  name: 'quick',
  searchCadres: [2000],
  importRows: 2000,
  searchPerClient: 3,
  ballotsPerClient: 2,
  gradingUnits: 40,
  dashboardRecords: 20_000,
  dashboardRequests: 3,
  pgliteCadres: 1000,
  pglitePerPage: 3,
};

/** 100000 → 100k, 1000000 → 1m: the suffix of a figure measured at that size. */
export function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n >= 1000 && n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}
