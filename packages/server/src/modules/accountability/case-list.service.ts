import type { caseQuery } from '@dandang/shared/accountability/accountability-case.schema';
import type { CaseView } from '@dandang/shared/cases/case.schema';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { caseScope, toCaseView } from '../cases';
import * as repo from './accountability.repository';

/** Accountability cases within the reader's scope, by state, matter, cadre, unit or year of decision. */
export async function listAccountabilityCases(db: Db, ctx: RequestContext, query: z.output<typeof caseQuery>): Promise<{ items: CaseView[]; total: number }> {
  const filter = { scope: caseScope(ctx, 'accountability.read'), ...query };
  const [rows, [total]] = await repo.listCases(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items: rows.map((r) => toCaseView(r, ctx.now)), total: total?.n ?? 0 };
}
