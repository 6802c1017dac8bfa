import { againstLastYear, rankByScore, scoreHistogram } from '@dandang/shared/assessment/analysis.rules';
import type { AnalysisView } from '@dandang/shared/assessment/analysis.schema';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import * as repo from './analysis.repository';
import { cycleContext } from './cycle-context';
import { participantScope } from './participant-scope';
import { participantName } from './results.view';

const RANKING_SIZE = 100;

/** A unit's results compare by unit, a person's by person, from one year to the next. */
const keyOf = (r: { cadreId: string | null; unitId: string }) => r.cadreId ?? r.unitId;
const finalOf = (h: number | null) => (h === null ? null : h / 100);

/**
 * 考核分析 of one category of a cycle, within the reader's scope: grades by unit, the score histogram, the ranking
 * with last year's ranks, and the trend over the same kind of cycle year by year. Every figure is a count the
 * dashboard can drill into through the results list.
 */
export async function cycleAnalysis(db: Db, ctx: RequestContext, cycleId: string, wanted?: SchemeCategory): Promise<AnalysisView> {
  const context = await cycleContext(db, cycleId, ctx.now);
  const categories = [...context.sheets.keys()] as SchemeCategory[];
  const category = wanted ?? categories[0];
  if (!category || !context.sheets.has(category)) throw notFound();
  const scope = participantScope(ctx, 'assessment.result.read');
  const rows = await repo.categoryRows(db, cycleId, category, scope);

  const byUnit = new Map<string, { unitId: string; unitName: string; counts: Record<string, number> }>();
  for (const r of rows) {
    const unit = byUnit.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, counts: {} };
    const grade = r.grade ?? 'NONE';
    unit.counts[grade] = (unit.counts[grade] ?? 0) + 1;
    byUnit.set(r.unitId, unit);
  }

  const cycles = await repo.comparableCycles(db, context.cycle, category);
  const previousCycle = cycles.filter((c) => c.year === context.cycle.year - 1).at(-1);
  const previous = previousCycle
    ? rankByScore((await repo.categoryRows(db, previousCycle.id, category, scope)).map((r) => ({ key: keyOf(r), final: finalOf(r.finalHundredths) })))
    : [];
  const ranked = rankByScore(rows.map((r) => ({ ...r, key: keyOf(r), final: finalOf(r.finalHundredths) })));
  const ranking = againstLastYear(ranked.slice(0, RANKING_SIZE), previous).map((r) => ({
    participantId: r.participantId,
    unitId: r.unitId,
    unitName: r.unitName,
    name: participantName({ cadreName: r.cadreName, unitName: r.unitName, category }),
    final: r.final,
    rank: r.rank,
    grade: r.grade,
    previousRank: r.previousRank,
    previousFinal: r.previousFinal,
    rankChange: r.rankChange,
  }));

  const trendRows = await repo.trendRows(
    db,
    cycles.map((c) => c.id),
    category,
    scope,
  );
  const trend = cycles.map((c) => {
    const mine = trendRows.filter((t) => t.cycleId === c.id);
    const scored = mine.reduce((a, t) => a + t.scored, 0);
    const sum = mine.reduce((a, t) => a + (t.sumHundredths ?? 0), 0);
    return {
      year: c.year,
      cycleId: c.id,
      cycleName: c.name,
      participants: mine.reduce((a, t) => a + t.n, 0),
      mean: scored > 0 ? Math.round(sum / scored) / 100 : null,
      counts: Object.fromEntries(mine.map((t) => [t.grade, t.n])),
    };
  });

  return {
    category,
    categories,
    grades: [...(context.sheets.get(category)?.scale.grades ?? [])],
    byUnit: [...byUnit.values()],
    histogram: scoreHistogram(rows.flatMap((r) => (r.finalHundredths === null ? [] : [r.finalHundredths / 100]))),
    comparedWith: previousCycle ?? null,
    ranking,
    trend,
  };
}
