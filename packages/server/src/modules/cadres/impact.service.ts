import type { Impact, MeasureAlert } from '@dandang/shared/cadres/measure.schema';
import { addDays, addMonthsClamped, chinaDateOf, type IsoDate, isBefore, toDayNumber, yearOf } from '@dandang/shared/dates/date';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import { MEASURE_CODES, MEASURES, type MeasureRecord, PROBATION_MONTHS } from '@dandang/shared/rules/measures';
import { barOf, screenPromotion } from '@dandang/shared/rules/promotion.rules';
import { ANNUAL_GRADES, type AnnualGrade } from '@dandang/shared/rules/reason';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { findGrade } from './grades/grades.repository';
import * as repo from './measures.repository';
import { measureScope, requireCadre, toMeasure, toRecord } from './measures.service';

/** Last year's grade as promotion screening reads it: only a grade proper (优秀…不称职) can bar. */
async function lastYearGrade(db: Db, cadreId: string, year: number): Promise<AnnualGrade | null> {
  const row = await findGrade(db, cadreId, year - 1);
  return row && (ANNUAL_GRADES as readonly string[]).includes(row.grade) ? (row.grade as AnnualGrade) : null;
}

/**
 * The profile's impact panel: promotion screening on `asOf` and the annual-grade effects of asOf's year and the next,
 * all computed by the shared rules from the measures on record and last year's annual grade (a BASIC or INCOMPETENT
 * one bars, 干部任用条例第二十四条). An open investigation is not known to the registry yet.
 */
export async function cadreImpact(db: Db, ctx: RequestContext, cadreId: string, asOf?: IsoDate): Promise<Impact> {
  await requireCadre(db, ctx, cadreId, 'measure.read');
  const records = (await repo.listMeasures(db, cadreId)).map(toRecord);
  const day = asOf ?? chinaDateOf(ctx.now);
  const year = yearOf(day);
  return {
    asOf: day,
    promotion: screenPromotion({ asOf: day, measures: records, lastYearGrade: await lastYearGrade(db, cadreId, year) }),
    annualGrade: {
      [year]: annualGradeEffects({ year, measures: records }),
      [year + 1]: annualGradeEffects({ year: year + 1, measures: records }),
    },
    measures: records.filter((r) => !r.revoked).length,
  };
}

/** Slack for month-end clamping: 08-31 + 6 months is 02-28, so an effective date can lie up to 3 days past the window. */
const CLAMP_SLACK_DAYS = 3;

/**
 * Where, in effective dates (or lift dates), a measure whose bar ends between `from` and `to` can lie. The bar lengths
 * come from the MEASURES table; the windows are deliberately a little wide, since screenPromotion confirms each hit.
 */
export function barWindows(from: IsoDate, to: IsoDate): repo.BarWindow[] {
  const byLength = new Map<number, string[]>();
  const untilLifted: string[] = [];
  for (const code of MEASURE_CODES) {
    const { promotionBar, addsProbationMonths } = MEASURES[code];
    if (promotionBar === 'until_lifted') untilLifted.push(code);
    if (typeof promotionBar !== 'number') continue;
    const lengths = addsProbationMonths ? PROBATION_MONTHS.map((p) => p + promotionBar) : [promotionBar];
    for (const months of lengths.filter((m) => m > 0)) byLength.set(months, [...(byLength.get(months) ?? []), code]);
  }
  const windows: repo.BarWindow[] = [...byLength].map(([months, codes]) => ({
    codes,
    column: 'effectiveOn',
    from: addDays(addMonthsClamped(from, -months), -CLAMP_SLACK_DAYS),
    to: addDays(addMonthsClamped(to, -months), CLAMP_SLACK_DAYS),
  }));
  if (untilLifted.length > 0) windows.push({ codes: untilLifted, column: 'liftedOn', from, to });
  return windows;
}

/** Cadres in the actor's measure.read scope whose promotion bar ends within `withinDays` days from today. */
export async function measureAlerts(db: Db, ctx: RequestContext, withinDays: number) {
  const today = chinaDateOf(ctx.now);
  const from = addDays(today, 1);
  const to = addDays(today, withinDays);
  const candidates = await repo.findAlertCandidates(db, measureScope(ctx, 'measure.read'), barWindows(from, to));
  const rows = candidates.length > 0 ? await repo.listCadresWithMeasures(db, candidates) : [];

  const byCadre = new Map<string, typeof rows>();
  for (const row of rows) byCadre.set(row.measure.cadreId, [...(byCadre.get(row.measure.cadreId) ?? []), row]);

  const items: MeasureAlert[] = [];
  for (const [cadreId, cadreRows] of byCadre) {
    const records: MeasureRecord[] = cadreRows.map((r) => toRecord(r.measure));
    const { eligibleFrom } = screenPromotion({ asOf: today, measures: records });
    // Only the longest bar counts: a cadre whose short bar ends soon but whose longer one runs on is not due.
    if (!eligibleFrom || isBefore(eligibleFrom, from) || isBefore(to, eligibleFrom)) continue;
    const last = cadreRows.find((_, i) => barOf(records[i] as MeasureRecord)?.end === eligibleFrom);
    const first = cadreRows[0];
    if (!last || !first) continue;
    items.push({
      cadreId,
      name: first.cadreName,
      unitId: first.unitId,
      unitName: first.unitName,
      measure: toMeasure(last.measure),
      eligibleFrom,
      daysLeft: toDayNumber(eligibleFrom) - toDayNumber(today),
    });
  }
  items.sort((a, b) => a.eligibleFrom.localeCompare(b.eligibleFrom) || a.unitName.localeCompare(b.unitName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  return { asOf: today, withinDays, items };
}
