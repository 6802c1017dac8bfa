import { subjectOf } from '@dandang/shared/assessment/population.rules';
import { schemeIssues } from '@dandang/shared/assessment/scheme.rules';
import type { SchemeCategory, SchemeInput, SchemeView } from '@dandang/shared/assessment/scheme.schema';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { feedOf } from './indicator-feeds';
import * as indicators from './indicators.repository';
import * as repo from './schemes.repository';

/*
 * Assessment schemes (考核方案). A save is checked whole before anything is written: the shape (zod), the scheme's
 * own consistency (schemeIssues: weights total 100, …, the same function the editor runs live), and the indicators it
 * names. Items without a revision pin the indicator's current one, so later edits of the library never move a scheme.
 */

const AUDITED = ['name', 'category', 'description', 'items', 'adjustments', 'raterGroups', 'formula'] as const;

async function present(db: Executor, rows: repo.SchemeRow[]): Promise<SchemeView[]> {
  const items = await repo.itemsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    category: row.category as SchemeCategory,
    description: row.description,
    items: items
      .filter((i) => i.schemeId === row.id)
      .map(({ schemeId: _, currentRevision, definition: _d, ...item }) => ({ ...item, outdated: currentRevision > item.revision })),
    adjustments: row.adjustments,
    raterGroups: row.raterGroups,
    formula: row.formula,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function requireScheme(db: Executor, id: string) {
  const row = await repo.findScheme(db, id);
  if (!row) throw notFound();
  return row;
}

export async function listSchemes(db: Db, category?: SchemeCategory) {
  return present(db, await repo.listSchemes(db, category));
}

export async function getScheme(db: Db, id: string) {
  return (await present(db, [await requireScheme(db, id)]))[0] as SchemeView;
}

/**
 * Every item's indicator pinned to a revision that exists; problems named by item. An indicator that is retired may
 * stay in a scheme that already held it at that revision, but is not added anew.
 */
async function pinItems(db: Executor, input: SchemeInput, kept: ReadonlySet<string>) {
  const found = new Map((await indicators.findIndicators(db, [...new Set(input.items.map((i) => i.indicatorId))])).map((r) => [r.id, r]));
  const issues: FieldIssue[] = [];
  const pinned = input.items.map((item, i) => {
    const indicator = found.get(item.indicatorId);
    if (!indicator) {
      issues.push({ path: `items.${i}.indicatorId`, message: '指标不存在' });
      return { ...item, revision: 0 };
    }
    const revision = item.revision ?? indicator.revision;
    if (revision > indicator.revision) issues.push({ path: `items.${i}.revision`, message: `指标“${indicator.name}”没有第 ${revision} 版` });
    else if (indicator.retired && !kept.has(`${item.indicatorId}:${revision}`)) {
      issues.push({ path: `items.${i}.indicatorId`, message: `指标“${indicator.name}”已停用，不能加入方案` });
    }
    return { indicatorId: item.indicatorId, revision, weight: item.weight };
  });
  return { pinned, issues };
}

/**
 * Fed indicators (a unit's reply rate …) measure units, so a scheme that assesses cadres refuses them when it is saved
 * rather than leaving every cadre's score open for want of a figure no feed has.
 */
async function fedItemIssues(db: Executor, category: SchemeInput['category'], pinned: readonly repo.ItemValues[]): Promise<FieldIssue[]> {
  if (subjectOf(category) !== 'CADRE') return [];
  const definitions = await indicators.revisionDefinitions(db, pinned);
  return pinned.flatMap((item, i) => {
    const definition = definitions.get(`${item.indicatorId}:${item.revision}`);
    return definition && feedOf(definition) ? [{ path: `items.${i}.indicatorId`, message: '该指标的数据来源按单位统计，不能用于个人考核方案' }] : [];
  });
}

async function checked(db: Executor, input: SchemeInput, exceptId?: string, kept: ReadonlySet<string> = new Set()) {
  const { pinned, issues } = await pinItems(db, input, kept);
  const all = [...schemeIssues(input), ...issues, ...(await fedItemIssues(db, input.category, pinned))];
  if (await repo.nameTaken(db, input.name, exceptId)) all.push({ path: 'name', message: `方案名称“${input.name}”已被使用` });
  if (all.length > 0) {
    const duplicateOnly = all.every((i) => i.path === 'name');
    if (duplicateOnly) throw new DomainError('DUPLICATE', { fields: all }, (all[0] as FieldIssue).message);
    throw validationError(all);
  }
  return pinned;
}

const valuesOf = ({ items: _, ...values }: SchemeInput): repo.SchemeValues => values;

export async function createScheme(db: Db, ctx: RequestContext, input: SchemeInput) {
  const items = await checked(db, input);
  return db.transaction(async (tx) => {
    const id = await repo.insertScheme(tx, valuesOf(input), ctx.now);
    await repo.replaceItems(tx, id, items);
    const after = (await present(tx, [await requireScheme(tx, id)]))[0] as SchemeView;
    await recordAudit(tx, ctx, { action: 'scheme.create', entity: 'scheme', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

export async function updateScheme(db: Db, ctx: RequestContext, id: string, input: SchemeInput & { version: number }) {
  const before = await getScheme(db, id);
  const kept = new Set(before.items.map((i) => `${i.indicatorId}:${i.revision}`));
  const { version, ...scheme } = input;
  const items = await checked(db, scheme, id, kept);
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateScheme(tx, id, version, valuesOf(scheme), ctx.now));
    await repo.replaceItems(tx, id, items);
    const after = (await present(tx, [await requireScheme(tx, id)]))[0] as SchemeView;
    await recordAudit(tx, ctx, { action: 'scheme.update', entity: 'scheme', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}

export async function deleteScheme(db: Db, ctx: RequestContext, id: string, version: number) {
  const before = await getScheme(db, id);
  await db.transaction(async (tx) => {
    requireUpdated(await repo.deleteScheme(tx, id, version));
    await recordAudit(tx, ctx, { action: 'scheme.delete', entity: 'scheme', entityId: id, changes: diffFields(before, null, [...AUDITED]) });
  });
}
