import { definitionIssues } from '@dandang/shared/assessment/indicator.rules';
import type { IndicatorRevisionView, IndicatorView, indicatorBody, updateIndicatorBody } from '@dandang/shared/assessment/indicator.schema';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import { canonicalJson } from '../../platform/audit/canonical';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { indicatorFeeds, isIndicatorFeed } from './indicator-feeds';
import * as repo from './indicators.repository';

/*
 * The indicator library (指标库). Indicators belong to the jurisdiction as a whole: anyone with assessment.read sees
 * them all, assessment.config maintains them. A change of how an indicator scores (its name, evidence rule or
 * definition) makes a new revision; schemes keep scoring by the revision they pinned until they are moved on.
 */

const AUDITED = ['code', 'name', 'description', 'evidenceRequired', 'definition', 'revision', 'retired'] as const;
/** What a revision fixes; the description alone can be corrected without one. */
const REVISED = ['name', 'evidenceRequired', 'definition'] as const;

export function presentIndicator(row: repo.IndicatorRow): IndicatorView {
  const { createdAt: _, ...rest } = row;
  return { ...rest, updatedAt: row.updatedAt.toISOString() };
}

/** A feed is known only to the server (modules register them), so the shared rules cannot check the code. */
function feedIssues(definition: z.output<typeof indicatorBody>['definition']) {
  if (definition.kind !== 'QUANTITATIVE' || definition.feed === undefined || isIndicatorFeed(definition.feed)) return [];
  const known = indicatorFeeds().map((f) => `${f.code}（${f.label}）`);
  return [{ path: 'definition.feed', message: `数据来源 ${definition.feed} 不存在${known.length > 0 ? `，应为 ${known.join('、')} 之一` : ''}` }];
}

function requireDefinitionSound(body: Pick<z.output<typeof indicatorBody>, 'definition'>) {
  const issues = [...definitionIssues(body.definition), ...feedIssues(body.definition)];
  if (issues.length > 0) throw validationError(issues);
}

const duplicateCode = (code: string) =>
  new DomainError('DUPLICATE', { fields: [{ path: 'code', message: `指标编码 ${code} 已被使用` }] }, `指标编码 ${code} 已被使用`);

export async function requireIndicator(db: Executor, id: string) {
  const row = await repo.findIndicator(db, id);
  if (!row) throw notFound();
  return row;
}

export async function listIndicators(db: Db, filter: repo.IndicatorFilter) {
  return (await repo.listIndicators(db, filter)).map(presentIndicator);
}

export async function getIndicator(db: Db, id: string) {
  return presentIndicator(await requireIndicator(db, id));
}

async function writeRevision(tx: Executor, ctx: RequestContext, row: repo.IndicatorRow) {
  await repo.insertRevision(tx, {
    indicatorId: row.id,
    revision: row.revision,
    name: row.name,
    evidenceRequired: row.evidenceRequired,
    definition: row.definition,
    createdAt: ctx.now,
    createdBy: ctx.actor?.userId ?? null,
    createdByName: ctx.actor?.displayName ?? '系统',
  });
}

export async function createIndicator(db: Db, ctx: RequestContext, body: z.output<typeof indicatorBody>) {
  requireDefinitionSound(body);
  // Checked first for a message that names the code; two racing creates still meet the unique index (409 DUPLICATE).
  if (await repo.codeTaken(db, body.code)) throw duplicateCode(body.code);
  return db.transaction(async (tx) => {
    const id = await repo.insertIndicator(tx, body, ctx.now);
    const after = await requireIndicator(tx, id);
    await writeRevision(tx, ctx, after);
    await recordAudit(tx, ctx, { action: 'indicator.create', entity: 'indicator', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return presentIndicator(after);
  });
}

export async function updateIndicator(db: Db, ctx: RequestContext, id: string, body: z.output<typeof updateIndicatorBody>) {
  requireDefinitionSound(body);
  const before = await requireIndicator(db, id);
  const { version, ...values } = body;
  const revised = REVISED.some((f) => canonicalJson(before[f]) !== canonicalJson(values[f]));
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateIndicator(tx, id, version, { ...values, ...(revised ? { revision: before.revision + 1 } : {}) }, ctx.now));
    const after = await requireIndicator(tx, id);
    if (revised) await writeRevision(tx, ctx, after);
    await recordAudit(tx, ctx, { action: 'indicator.update', entity: 'indicator', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return presentIndicator(after);
  });
}

/** Retired indicators stay scored in the schemes that hold them; they just cannot be added anew. */
export async function setIndicatorRetired(db: Db, ctx: RequestContext, id: string, version: number, retired: boolean) {
  const before = await requireIndicator(db, id);
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateIndicator(tx, id, version, { retired }, ctx.now));
    const after = await requireIndicator(tx, id);
    await recordAudit(tx, ctx, {
      action: retired ? 'indicator.retire' : 'indicator.restore',
      entity: 'indicator',
      entityId: id,
      changes: diffFields(before, after, ['retired']),
    });
    return presentIndicator(after);
  });
}

export async function listIndicatorRevisions(db: Db, id: string): Promise<IndicatorRevisionView[]> {
  await requireIndicator(db, id);
  return (await repo.listRevisions(db, id)).map((r) => ({
    revision: r.revision,
    name: r.name,
    evidenceRequired: r.evidenceRequired,
    definition: r.definition,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
  }));
}
