import { isOverdue, stageDeadline } from '@dandang/shared/assessment/cycle.rules';
import type { CycleInput, CycleView, ParticipantView, participantsQuery } from '@dandang/shared/assessment/cycle.schema';
import { CYCLE_STATE_INFO, type CycleState, isTimed, nextState } from '@dandang/shared/assessment/cycle.states';
import { subjectOf, unitTypesOf } from '@dandang/shared/assessment/population.rules';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import { chinaDateOf, type IsoDate } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { loadWorkCalendar } from '../calendar';
import { cycleContext } from './cycle-context';
import * as repo from './cycles.repository';
import { participantScope } from './participant-scope';
import * as schemes from './schemes.repository';
import { enterStage } from './stage-entry';

/*
 * Assessment cycles (考核周期). A cycle is set up in DRAFT (units, categories and their schemes, the working days of
 * each stage), fixes its population when it opens, and then moves one stage at a time to PUBLISHED; each stage has a
 * deadline counted in working days from the day it began (DOMAIN.md §3), and a cycle past it is overdue.
 */

const AUDITED = ['name', 'kind', 'year', 'quarter', 'description', 'units', 'schemes', 'stageWorkdays', 'state', 'stageDueOn'] as const;

async function present(db: Executor, rows: repo.CycleRow[], today: IsoDate): Promise<CycleView[]> {
  const ids = rows.map((r) => r.id);
  const parts = await repo.partsOf(db, ids);
  const counts = await repo.participantCounts(db, ids);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as CycleView['kind'],
    year: row.year,
    quarter: row.quarter,
    description: row.description,
    state: row.state as CycleState,
    units: parts.units.filter((u) => u.cycleId === row.id).map(({ id, name }) => ({ id, name })),
    schemes: parts.schemes.filter((s) => s.cycleId === row.id).map(({ cycleId: _, ...s }) => ({ ...s, category: s.category as SchemeCategory })),
    stageWorkdays: row.stageWorkdays,
    stageStartedOn: row.stageStartedOn,
    stageDueOn: row.stageDueOn,
    stageDueProvisional: row.stageDueProvisional,
    noticeEndsOn: row.noticeEndsOn,
    noticeEndsProvisional: row.noticeEndsProvisional,
    overdue: isOverdue(row.stageDueOn, today),
    participants: counts.get(row.id) ?? 0,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function requireCycle(db: Executor, id: string) {
  const row = await repo.findCycle(db, id);
  if (!row) throw notFound();
  return row;
}

const view = async (db: Executor, row: repo.CycleRow, ctx: RequestContext) => (await present(db, [row], chinaDateOf(ctx.now)))[0] as CycleView;

export async function listCycles(db: Db, ctx: RequestContext) {
  return present(db, await repo.listCycles(db), chinaDateOf(ctx.now));
}

export async function getCycle(db: Db, ctx: RequestContext, id: string) {
  return view(db, await requireCycle(db, id), ctx);
}

/** Units that exist and schemes of the category they are chosen for; every problem named by its field. */
async function partIssues(db: Executor, input: CycleInput): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const known = await repo.existingUnitIds(db, input.unitIds);
  input.unitIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `unitIds.${i}`, message: '单位不存在' });
  });
  for (const [i, entry] of input.schemes.entries()) {
    const scheme = await schemes.findScheme(db, entry.schemeId);
    if (!scheme) issues.push({ path: `schemes.${i}.schemeId`, message: '考核方案不存在' });
    else if (scheme.category !== entry.category) issues.push({ path: `schemes.${i}.schemeId`, message: `方案“${scheme.name}”不是该类别的方案` });
  }
  if (await repo.nameTaken(db, input.name)) issues.push({ path: 'name', message: `周期名称“${input.name}”已被使用` });
  return issues;
}

const valuesOf = ({ unitIds: _u, schemes: _s, ...values }: CycleInput): repo.CycleValues => values;

export async function createCycle(db: Db, ctx: RequestContext, input: CycleInput) {
  const issues = await partIssues(db, input);
  if (issues.length > 0) throw validationError(issues);
  return db.transaction(async (tx) => {
    const id = await repo.insertCycle(tx, valuesOf(input), ctx.now);
    await repo.replaceParts(tx, id, input.unitIds, input.schemes);
    const after = await view(tx, await requireCycle(tx, id), ctx);
    await recordAudit(tx, ctx, { action: 'cycle.create', entity: 'assessment_cycle', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

export async function deleteCycle(db: Db, ctx: RequestContext, id: string, version: number) {
  const before = await getCycle(db, ctx, id);
  if (before.state !== 'DRAFT') throw new DomainError('STATE_CONFLICT', undefined, '只有草稿状态的考核周期可以删除');
  await db.transaction(async (tx) => {
    requireUpdated(await repo.deleteCycle(tx, id, version));
    await recordAudit(tx, ctx, { action: 'cycle.delete', entity: 'assessment_cycle', entityId: id, changes: diffFields(before, null, [...AUDITED]) });
  });
}

/** How many each category takes in: counted live in a draft, the fixed population afterwards. */
export async function cyclePopulation(db: Db, ctx: RequestContext, id: string): Promise<Array<{ category: SchemeCategory; count: number }>> {
  const cycle = await getCycle(db, ctx, id);
  if (cycle.state !== 'DRAFT') {
    const counted = await repo.countsByCategory(db, id);
    return cycle.schemes.map((s) => ({ category: s.category, count: counted.get(s.category) ?? 0 }));
  }
  return Promise.all(
    cycle.schemes.map(async (s) => ({ category: s.category, count: await repo.populationPreview(db, id, subjectOf(s.category), unitTypesOf(s.category)) })),
  );
}

/**
 * Moves a cycle to its next stage. The caller names the state it expects to reach and the version it read, so of two
 * people pressing the button at once exactly one moves the cycle. Opening fixes the population.
 */
export async function advanceCycle(db: Db, ctx: RequestContext, id: string, body: { version: number; to: CycleState }) {
  const before = await getCycle(db, ctx, id);
  const to = nextState(before.state);
  if (to !== body.to) {
    throw new DomainError(
      'STATE_CONFLICT',
      undefined,
      to ? `该周期处于“${CYCLE_STATE_INFO[before.state].label}”，下一步只能是“${CYCLE_STATE_INFO[to].label}”` : '该周期已发布',
    );
  }
  const today = chinaDateOf(ctx.now);
  const calendar = await loadWorkCalendar(db);
  const due = isTimed(to) ? stageDeadline(calendar, to, today, before.stageWorkdays[to]) : null;
  return db.transaction(async (tx) => {
    requireUpdated(
      await repo.updateCycle(
        tx,
        id,
        body.version,
        before.state,
        { state: to, stageStartedOn: today, stageDueOn: due?.date ?? null, stageDueProvisional: due?.provisional ?? false },
        ctx.now,
      ),
    );
    if (to === 'OPEN') {
      for (const s of before.schemes) await repo.insertParticipants(tx, id, s.category, subjectOf(s.category), unitTypesOf(s.category));
    }
    await enterStage(tx, await cycleContext(tx, id, ctx.now), to, ctx.now);
    const after = await view(tx, await requireCycle(tx, id), ctx);
    // Thrown inside the transaction, so nothing of the opening is kept.
    if (to === 'OPEN' && after.participants === 0) throw new DomainError('STATE_CONFLICT', undefined, '考核范围内没有考核对象，请调整单位或类别');
    await recordAudit(tx, ctx, { action: 'cycle.advance', entity: 'assessment_cycle', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}

export async function listCycleParticipants(db: Db, ctx: RequestContext, id: string, query: z.output<typeof participantsQuery>) {
  await requireCycle(db, id);
  const scope = participantScope(ctx, 'assessment.result.read');
  const [rows, [total]] = await repo.listParticipants(db, id, scope, query.category, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items: rows.map((r) => ({ ...r, category: r.category as SchemeCategory })) as ParticipantView[], total: total?.n ?? 0 };
}
