import { cyclePeriod } from '@dandang/shared/assessment/cycle.rules';
import type { AdjustmentSource } from '@dandang/shared/assessment/scheme.schema';
import { deducts, measureSignal, type Signals } from '@dandang/shared/assessment/score-sheet.rules';
import { groupBy } from '@dandang/shared/platform/group-by';
import type { MeasureCode } from '@dandang/shared/rules/measures';
import { and, asc, between, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { measures } from '../cadres';

/*
 * Bonus and deduction items fed by other modules (issue 5: "an honor adds, a measure deducts, a matter exempted by
 * fault tolerance never deducts"). Each source answers, for the cadres asked about, the occurrences in the cycle's
 * period as short texts. The measures register is read here; the honors module registers HONOR from its own index
 * (published honors). A source not registered counts nothing, which the score sheet says.
 */
export type SignalSource = (db: Executor, cadres: SQL, period: { from: string; to: string }) => Promise<Map<string, string[]>>;
type FedSource = Exclude<AdjustmentSource, 'MANUAL'>;

/** Measures in force in the period; revoked ones (among them any a tolerance decision set aside) do not count. */
const measureSource: SignalSource = async (db, cadres, period) => {
  const rows = await db
    .select({ cadreId: measures.cadreId, code: measures.code, effectiveOn: measures.effectiveOn })
    .from(measures)
    .where(and(sql`${measures.cadreId} in (${cadres})`, between(measures.effectiveOn, period.from, period.to), isNull(measures.revokedAt)))
    .orderBy(asc(measures.effectiveOn));
  const counted = rows.filter((row) => deducts(row.code as MeasureCode));
  const byCadre = groupBy(counted, (row) => row.cadreId);
  return new Map([...byCadre].map(([id, list]) => [id, list.map((row) => measureSignal({ code: row.code as MeasureCode, effectiveOn: row.effectiveOn }))]));
};

const SOURCES = new Map<FedSource, SignalSource>([['MEASURE', measureSource]]);

export function registerSignalSource(source: FedSource, read: SignalSource): void {
  if (SOURCES.has(source)) throw new Error(`signal source ${source} registered twice`);
  SOURCES.set(source, read);
}

/** Whether a source feeds anything yet (the score sheet tells the user when it does not). */
export const signalSourceReady = (source: FedSource): boolean => SOURCES.has(source);

/**
 * Every source's occurrences in the cycle's period for the cadres a subquery names (a cycle's participants, or one
 * cadre), per cadre: one query per source whatever the number of cadres.
 */
export async function signalsFor(db: Executor, cycle: { kind: string; year: number; quarter: number | null }, cadres: SQL): Promise<Map<string, Signals>> {
  const period = cyclePeriod(cycle);
  const result = new Map<string, Signals>();
  for (const [source, read] of SOURCES) {
    for (const [cadreId, texts] of await read(db, cadres, period)) result.set(cadreId, { ...result.get(cadreId), [source]: texts });
  }
  return result;
}

/** One cadre, as a subquery. */
export const oneCadre = (cadreId: string): SQL => sql`select ${cadreId}::uuid`;
