import type { createMatterBody, MatterPage, MatterView, matterQuery } from '@dandang/shared/accountability/matter.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { type FieldIssue, notFound, validationError } from '../../platform/errors';
import { caseScope, toCaseView } from '../cases';
import { matterScope } from './accountability.policy';
import { matterCases } from './accountability.repository';
import * as repo from './matters.repository';

type MatterInput = z.output<typeof createMatterBody>;

/** 问责事项: registered by a body that proposes accountability, read by those whose scope reaches it or its cases. */

/** The matter if the reader may see it; 404 otherwise. */
export async function requireMatter(db: Executor, ctx: RequestContext, id: string): Promise<repo.MatterRow> {
  const row = await repo.findMatter(db, id, matterScope(ctx));
  if (!row) throw notFound();
  return row;
}

async function partiesIssues(db: Db, body: MatterInput) {
  const issues: FieldIssue[] = [];
  const units = new Set((await repo.unitsByIds(db, body.unitIds)).map((u) => u.id));
  body.unitIds.forEach((id, i) => {
    if (!units.has(id)) issues.push({ path: `unitIds.${i}`, message: '单位不存在' });
  });
  const people = new Set((await repo.cadresByIds(db, body.cadreIds)).map((c) => c.id));
  body.cadreIds.forEach((id, i) => {
    if (!people.has(id)) issues.push({ path: `cadreIds.${i}`, message: '干部不存在' });
  });
  return issues;
}

export async function createMatter(db: Db, ctx: RequestContext, input: MatterInput) {
  const actor = ctx.actor;
  if (!actor) throw notFound();
  const issues = await partiesIssues(db, input);
  if (isBefore(chinaDateOf(ctx.now), input.occurredOn)) issues.push({ path: 'occurredOn', message: '发生时间不能晚于今天' });
  // The registering unit is the registrar's; one without a unit (a county-wide account) registers for the first unit involved.
  const unitId = actor.unitId ?? input.unitIds[0];
  if (!unitId) issues.push({ path: 'unitIds', message: '您的账号未设所在单位，请至少填写一个涉及单位作为登记单位' });
  if (issues.length > 0 || !unitId) throw validationError(issues);
  const id = await db.transaction(async (tx) => {
    const matterId = await repo.insertMatter(tx, {
      title: input.title,
      facts: input.facts,
      occurredOn: input.occurredOn,
      source: input.source,
      unitId,
      involvedUnitIds: [...new Set(input.unitIds)],
      involvedCadreIds: [...new Set(input.cadreIds)],
      registeredBy: actor.userId,
      registeredByName: actor.displayName,
      registeredAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'accountability_matter.create',
      entity: 'accountability_matter',
      entityId: matterId,
      changes: { title: { before: null, after: input.title }, occurredOn: { before: null, after: input.occurredOn } },
    });
    return matterId;
  });
  return getMatter(db, ctx, id);
}

export async function getMatter(db: Executor, ctx: RequestContext, id: string): Promise<MatterView> {
  const { matter, unitName } = await requireMatter(db, ctx, id);
  const [units, people, caseRows] = await Promise.all([
    repo.unitsByIds(db, matter.involvedUnitIds),
    repo.cadresByIds(db, matter.involvedCadreIds),
    matterCases(db, id, caseScope(ctx, 'accountability.read')),
  ]);
  return {
    id: matter.id,
    title: matter.title,
    facts: matter.facts,
    occurredOn: matter.occurredOn,
    source: matter.source,
    unitId: matter.unitId,
    unitName,
    units,
    cadres: people,
    registeredAt: matter.registeredAt.toISOString(),
    registeredByName: matter.registeredByName,
    cases: caseRows.map((r) => toCaseView(r, ctx.now)),
  };
}

export async function listMatters(db: Db, ctx: RequestContext, query: z.output<typeof matterQuery>): Promise<MatterPage> {
  const filter = { scope: matterScope(ctx), caseScope: caseScope(ctx, 'accountability.read'), q: query.q || undefined, year: query.year };
  const [rows, [total]] = await repo.listMatters(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    items: rows.map((r) => ({
      id: r.matter.id,
      title: r.matter.title,
      occurredOn: r.matter.occurredOn,
      unitName: r.unitName,
      registeredAt: r.matter.registeredAt.toISOString(),
      caseCount: Number(r.caseCount),
      openCount: Number(r.openCount),
    })),
    total: total?.n ?? 0,
  };
}
