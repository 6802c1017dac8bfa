import type { TypicalCasePage, TypicalCaseView, typicalCaseListQuery } from '@dandang/shared/typical-cases/typical-case.schema';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { toListItem, toTypicalCaseView } from './typical-case.view';
import { isPublisher, managedColumn, readCondition } from './typical-cases.policy';
import * as repo from './typical-cases.repository';

export type ListQuery = z.output<typeof typicalCaseListQuery>;

/** One typical case as the actor may see it: 404 for a draft or a withdrawn one to a reader. */
export async function findReadable(db: Executor, ctx: RequestContext, id: string): Promise<repo.TypicalCaseRow> {
  const row = await repo.findTypicalCase(db, id, readCondition(ctx), managedColumn(ctx));
  if (!row) throw notFound();
  return row;
}

export async function getTypicalCase(db: Executor, ctx: RequestContext, id: string): Promise<TypicalCaseView> {
  return toTypicalCaseView(await findReadable(db, ctx, id));
}

/** The filter of a list query; a reader's state filter is dropped (they see published cases only, whatever they ask). */
export function filterOf(ctx: RequestContext, query: ListQuery): repo.TypicalCaseFilter {
  return {
    condition: readCondition(ctx),
    type: query.type,
    outcome: query.outcome,
    year: query.year,
    q: query.q || undefined,
    state: isPublisher(ctx) ? query.state : undefined,
  };
}

export async function listTypicalCases(db: Executor, ctx: RequestContext, query: ListQuery): Promise<TypicalCasePage> {
  const [rows, [total]] = await repo.listTypicalCases(db, filterOf(ctx, query), managedColumn(ctx), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toListItem), total: total?.n ?? 0 };
}
