import type { resultsQuery, ScoreEntries, ScoreSheetView } from '@dandang/shared/assessment/result.schema';
import { entryIssues, scoreParticipant } from '@dandang/shared/assessment/score-sheet.rules';
import { withProgress } from '@dandang/shared/assessment/target.rules';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { oneCadre, signalsFor } from './adjustment-signals';
import { democraticScores } from './ballots.service';
import { type CategorySheet, type CycleContext, cycleContext, sheetOf } from './cycle-context';
import { fedFiguresOf, feedValues, oneUnit } from './indicator-feeds';
import { type ParticipantPermission, participantScope } from './participant-scope';
import * as repo from './results.repository';
import { toResultView } from './results.view';
import { entriesHash, inputsDigest, type ScoreInputs } from './score-inputs';
import { progressEntries } from './target-entries';

/*
 * Scoring (issue 5 "Scoring"). Assessors enter a participant's figures and ratings on the score sheet of their
 * category; the score is computed on the server by the same function the sheet previews with, from those entries,
 * the closed democratic evaluation of the participant's unit and the signals of other modules, and stored with its
 * explanation. Entering the grading stage recomputes every score, so late ballots and measures are counted.
 */

const SCORING_STATES = ['OPEN', 'SCORING'];

export async function scoreSheet(db: Db, ctx: RequestContext, cycleId: string, category: string): Promise<ScoreSheetView> {
  const sheet = sheetOf(await cycleContext(db, cycleId, ctx.now), category);
  return {
    category: sheet.category,
    schemeName: sheet.schemeName,
    formula: sheet.formula,
    hasBallots: sheet.hasBallots,
    items: sheet.items.map(({ indicatorId, code, name, weight, definition }) => ({ indicatorId, code, name, weight, definition })),
    adjustments: [...sheet.adjustments],
    grades: [...sheet.scale.grades],
  };
}

export async function listResults(db: Db, ctx: RequestContext, cycleId: string, query: z.output<typeof resultsQuery>) {
  const context = await cycleContext(db, cycleId, ctx.now);
  const scope = participantScope(ctx, 'assessment.result.read');
  const [rows, [total]] = await repo.listResults(
    db,
    cycleId,
    { category: query.category, unitId: query.unitId, grade: query.grade, scoreFrom: query.scoreFrom, scoreTo: query.scoreTo, scope },
    {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    },
  );
  const progress = await progressEntries(
    db,
    cycleId,
    rows.map((r) => r.participantId),
  );
  return { items: rows.map((row) => toResultView(context, row, progress.get(row.participantId))), total: total?.n ?? 0 };
}

/** A result the actor may act on with `permission`; the same 404 for one out of scope as for one that does not exist. */
export async function requireResult(db: Executor, ctx: RequestContext, participantId: string, permission: ParticipantPermission) {
  const row = await repo.findResult(db, participantId, participantScope(ctx, permission));
  if (!row) throw notFound();
  return row;
}

export async function getResult(db: Db, ctx: RequestContext, participantId: string) {
  const row = await requireResult(db, ctx, participantId, 'assessment.result.read');
  const progress = await progressEntries(db, row.cycleId, [participantId]);
  return toResultView(await cycleContext(db, row.cycleId, ctx.now), row, progress.get(participantId));
}

/** A score from the typed entries and everything else it is computed from. */
function scoreOf(sheet: CategorySheet, typed: ScoreEntries, inputs: ScoreInputs) {
  return scoreParticipant(sheet, withProgress(typed, inputs.progress), inputs.democratic, inputs.signals, inputs.fed);
}

/** A score from the typed entries with what the participant's targets and the indicator feeds give laid over them. */
async function computeOne(db: Executor, context: CycleContext, row: repo.ResultRow, typed: ScoreEntries, at: Date) {
  const sheet = sheetOf(context, row.category);
  const inputs: ScoreInputs = {
    progress: (await progressEntries(db, context.cycle.id, [row.participantId])).get(row.participantId),
    democratic: sheet.hasBallots ? ((await democraticScores(db, context.cycle.id, row.unitId)).get(row.participantId) ?? null) : null,
    signals: row.cadreId ? ((await signalsFor(db, context.cycle, oneCadre(row.cadreId))).get(row.cadreId) ?? {}) : {},
    fed: row.cadreId ? {} : fedFiguresOf(sheet, await feedValues(db, context, oneUnit(row.unitId), at), row.unitId),
  };
  const digest = inputsDigest(sheet.key, await entriesHash(db, typed), inputs);
  return { breakdown: scoreOf(sheet, typed, inputs), digest, progress: inputs.progress };
}

const toHundredths = (final: number | null) => (final === null ? null : Math.round(final * 100));

export async function saveScore(db: Db, ctx: RequestContext, participantId: string, body: { version: number; entries: ScoreEntries; comment: string }) {
  const before = await requireResult(db, ctx, participantId, 'assessment.score');
  const context = await cycleContext(db, before.cycleId, ctx.now);
  if (!SCORING_STATES.includes(context.cycle.state)) throw new DomainError('STATE_CONFLICT', undefined, '只有处于“填报”或“评分”阶段的考核周期可以录入评分');
  const { entries } = body;
  const issues = entryIssues(sheetOf(context, before.category), entries);
  if (issues.length > 0) throw validationError(issues);
  const { breakdown, digest, progress } = await computeOne(db, context, before, entries, ctx.now);
  return db.transaction(async (tx) => {
    requireUpdated(
      await repo.updateResult(
        tx,
        participantId,
        body.version,
        { entries, comment: body.comment, breakdown, inputsDigest: digest, finalHundredths: toHundredths(breakdown.final) },
        ctx.now,
      ),
    );
    const after = (await repo.findResult(tx, participantId)) as repo.ResultRow;
    const changes = diffFields(
      { entries: before.result.entries, comment: before.result.comment, final: before.result.finalHundredths },
      { entries: after.result.entries, comment: after.result.comment, final: after.result.finalHundredths },
      ['entries', 'comment', 'final'],
    );
    await recordAudit(tx, ctx, { action: 'assessment_result.score', entity: 'assessment_result', entityId: participantId, changes });
    return toResultView(context, after, progress);
  });
}

/**
 * 重新计算得分: after ballots are closed or measures recorded, every score of a cycle in scoring is brought up to date;
 * answers how many changed and how many are still incomplete.
 */
export async function recomputeCycleScores(db: Db, ctx: RequestContext, cycleId: string) {
  const context = await cycleContext(db, cycleId, ctx.now);
  if (!SCORING_STATES.includes(context.cycle.state)) throw new DomainError('STATE_CONFLICT', undefined, '只有处于“填报”或“评分”阶段的考核周期可以重新计算得分');
  return db.transaction(async (tx) => {
    const rows = await repo.gradingRows(tx, cycleId);
    const { finals, changed } = await recomputeScores(tx, context, rows, ctx.now);
    const incomplete = [...finals.values()].filter((f) => f === null).length;
    await recordAudit(tx, ctx, {
      action: 'cycle.recompute_scores',
      entity: 'assessment_cycle',
      entityId: cycleId,
      changes: { changed: { before: null, after: changed }, incomplete: { before: null, after: incomplete } },
    });
    return { participants: rows.length, changed, incomplete };
  });
}

/**
 * Recomputes every score of the cycle from its entries, ballots, signals and fed figures, and rewrites those whose
 * inputs changed (a ballot closed, a measure recorded or a unit's reply rate moved since they were saved); answers
 * each participant's final score and how many changed.
 */
export async function recomputeScores(
  tx: Executor,
  context: CycleContext,
  rows: readonly repo.GradingRow[],
  at: Date,
): Promise<{ finals: Map<string, number | null>; changed: number }> {
  const democratic = await democraticScores(tx, context.cycle.id);
  const signals = await signalsFor(tx, context.cycle, repo.cadresOf(context.cycle.id));
  const progress = await progressEntries(tx, context.cycle.id);
  const feeds = await feedValues(tx, context, repo.unitsOf(context.cycle.id), at);
  const finals = new Map<string, number | null>();
  const stale: Array<{ row: repo.GradingRow; inputs: ScoreInputs; digest: string }> = [];
  for (const row of rows) {
    const sheet = sheetOf(context, row.category);
    const inputs: ScoreInputs = {
      progress: progress.get(row.participantId),
      democratic: sheet.hasBallots ? (democratic.get(row.participantId) ?? null) : null,
      signals: (row.cadreId && signals.get(row.cadreId)) || {},
      fed: row.cadreId ? {} : fedFiguresOf(sheet, feeds, row.unitId),
    };
    const digest = inputsDigest(sheet.key, row.entriesHash, inputs);
    if (digest === row.digest) finals.set(row.participantId, row.finalHundredths);
    else stale.push({ row, inputs, digest });
  }
  // Only the scores whose inputs moved need their entries read.
  const typed = await repo.entriesOf(
    tx,
    stale.map((s) => s.row.participantId),
  );
  const changed: repo.ComputedScore[] = stale.map(({ row, inputs, digest }) => {
    const breakdown = scoreOf(sheetOf(context, row.category), typed.get(row.participantId) as ScoreEntries, inputs);
    const finalHundredths = toHundredths(breakdown.final);
    finals.set(row.participantId, finalHundredths);
    return { participantId: row.participantId, breakdown, digest, finalHundredths };
  });
  await repo.saveScores(tx, changed, at);
  return { finals, changed: changed.length };
}
