import type { CycleState } from '@dandang/shared/assessment/cycle.states';
import { noticePeriodEnd } from '@dandang/shared/calendar/workdays.rules';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { annualGrades, cadres } from '../cadres';
import { loadWorkCalendar } from '../calendar';
import { units } from '../org';
import type { CycleContext } from './cycle-context';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';
import { recordFollowUps } from './follow-ups.service';
import { proposeCycleGrades } from './grading.service';
import * as repo from './results.repository';
import { assessmentGrades, assessmentResults } from './results.tables';
import { recomputeScores } from './scoring.service';
import { pendingReports } from './targets.repository';

/*
 * What a cycle does as it enters a stage, inside the transaction that moves it (so a refusal leaves nothing behind):
 * opening makes a result row for every participant; grading recomputes every score and proposes every grade;
 * the notice fixes its last day; publishing checks that the notice is over and everything raised in it is settled,
 * and writes an annual cycle's cadre grades into the registry (annual_grades), where promotion screening reads them.
 */

const SHOWN = 10;

/** Those to be graded without a final score: how many, and the first names (a listing of thousands helps nobody). */
async function incomplete(tx: Executor, cycleId: string): Promise<{ count: number; names: string[] }> {
  const open = and(eq(assessmentResults.cycleId, cycleId), eq(assessmentGrades.status, 'GRADED'), isNull(assessmentResults.finalHundredths));
  const [row] = await tx
    .select({ n: count() })
    .from(assessmentResults)
    .innerJoin(assessmentGrades, eq(assessmentGrades.participantId, assessmentResults.participantId))
    .where(open);
  if (!row?.n) return { count: 0, names: [] };
  const first = await tx
    .select({ cadreName: cadres.name, unitName: units.name })
    .from(assessmentResults)
    .innerJoin(assessmentGrades, eq(assessmentGrades.participantId, assessmentResults.participantId))
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentResults.participantId))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId))
    .where(open)
    .orderBy(asc(units.path), asc(cadres.name))
    .limit(SHOWN);
  return { count: row.n, names: first.map((r) => r.cadreName ?? r.unitName) };
}

async function enterGrading(tx: Executor, context: CycleContext, at: Date) {
  // A report awaiting the leader would be graded on an older value and could never be reviewed afterwards (ADR 0016).
  const waiting = await pendingReports(tx, context.cycle.id);
  if (waiting.count > 0) {
    const named = waiting.titles.join('、') + (waiting.count > SHOWN ? ` 等 ${waiting.count} 项` : '');
    throw new DomainError('STATE_CONFLICT', { count: waiting.count }, `还有 ${waiting.count} 项目标任务进展待确认（${named}），请先确认或退回`);
  }
  const rows = await repo.gradingRows(tx, context.cycle.id);
  const { finals } = await recomputeScores(tx, context, rows, at);
  const graded = await proposeCycleGrades(tx, context, rows, finals);
  // Counted from what was just proposed; the names are looked up only when someone is missing.
  const unscored = graded.members.some((m) => m.status === 'GRADED' && finals.get(m.participantId) === null);
  const missing = unscored ? await incomplete(tx, context.cycle.id) : { count: 0, names: [] };
  if (missing.count > 0) {
    const named = missing.names.join('、') + (missing.count > SHOWN ? ` 等 ${missing.count} 人` : '');
    throw new DomainError('SCORES_INCOMPLETE', { count: missing.count }, `还有 ${missing.count} 个考核对象得分不完整（${named}），请先完成评分`);
  }
}

async function enterNotice(tx: Executor, context: CycleContext, at: Date) {
  const calendar = await loadWorkCalendar(tx);
  const workdays = Math.max(context.cycle.stageWorkdays.NOTICE, context.policy.notice.defaultWorkdays);
  const end = noticePeriodEnd(calendar, chinaDateOf(at), workdays);
  await tx.update(assessmentCycles).set({ noticeEndsOn: end.date, noticeEndsProvisional: end.provisional }).where(eq(assessmentCycles.id, context.cycle.id));
}

async function openAppeals(tx: Executor, cycleId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(assessmentResults)
    .where(and(eq(assessmentResults.cycleId, cycleId), eq(assessmentResults.appealState, 'OPEN')));
  return row?.n ?? 0;
}

async function enterPublished(tx: Executor, context: CycleContext, at: Date) {
  const { cycle } = context;
  const today = chinaDateOf(at);
  if (cycle.noticeEndsOn && !isBefore(cycle.noticeEndsOn, today)) {
    throw new DomainError('STATE_CONFLICT', undefined, `公示期至 ${cycle.noticeEndsOn} 结束，公示期满后才能发布`);
  }
  const top = [...context.sheets.values()][0]?.scale.top ?? 'EXCELLENT';
  const objections = await repo.blockingObjections(tx, cycle.id, top);
  if (objections > 0) throw new DomainError('STATE_CONFLICT', undefined, `还有 ${objections} 件公示反映未办结（未处理，或反映属实但等次未调整）`);
  const appeals = await openAppeals(tx, cycle.id);
  if (appeals > 0) throw new DomainError('STATE_CONFLICT', undefined, `还有 ${appeals} 件复核申请未答复`);
  if (cycle.kind === 'ANNUAL') {
    await recordAnnualGrades(tx, cycle.id, cycle.year, at);
    await recordFollowUps(tx, cycle, at);
  }
}

/**
 * An annual cycle's cadre grades become the registry's grades for the year: a grade, UNGRADED for comment only,
 * NOT_ASSESSED; a deferred one waits for its case. A grade entered by hand for that year is replaced.
 */
async function recordAnnualGrades(tx: Executor, cycleId: string, year: number, at: Date) {
  await tx.execute(sql`insert into ${annualGrades} (cadre_id, year, grade, source_type, source_id, note, created_at, updated_at)
    select p.cadre_id, ${year},
      case g.status when 'GRADED' then g.grade when 'COMMENT_ONLY' then 'UNGRADED' else 'NOT_ASSESSED' end,
      'ASSESSMENT', ${cycleId}, '', ${at}, ${at}
    from ${assessmentGrades} g join ${assessmentParticipants} p on p.id = g.participant_id
    where g.cycle_id = ${cycleId} and p.cadre_id is not null and g.status in ('GRADED', 'COMMENT_ONLY', 'NOT_ASSESSED')
    on conflict (cadre_id, year) do update set grade = excluded.grade, source_type = excluded.source_type,
      source_id = excluded.source_id, version = ${annualGrades}.version + 1, updated_at = excluded.updated_at`);
}

export async function enterStage(tx: Executor, context: CycleContext, to: CycleState, at: Date): Promise<void> {
  if (to === 'OPEN') await repo.insertResults(tx, context.cycle.id);
  else if (to === 'GRADING') await enterGrading(tx, context, at);
  else if (to === 'NOTICE') await enterNotice(tx, context, at);
  else if (to === 'PUBLISHED') await enterPublished(tx, context, at);
}
