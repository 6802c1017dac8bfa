import { addWorkdays } from '@dandang/shared/calendar/workdays.rules';
import type { DueList } from '@dandang/shared/cases/case.schema';
import type { CaseType } from '@dandang/shared/cases/workflow';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { loadWorkCalendar } from '../calendar';
import * as repo from './cases.repository';
import { toCaseView } from './cases.view';
import { readableTypes } from './readable-types';

/**
 * 逾期与临期: open cases whose current limit has passed, and those due within the next `within` working days, across
 * the case types the reader may see, each within its scope. Derived by a query, never kept as a flag.
 */
export async function dueCases(db: Executor, ctx: RequestContext, query: { type?: CaseType; within: number }): Promise<DueList> {
  const today = chinaDateOf(ctx.now);
  const until = addWorkdays(await loadWorkCalendar(db), today, query.within).date;
  const rows = await repo.casesDueBy(db, until, readableTypes(ctx, query.type));
  const views = rows.map((r) => toCaseView(r, ctx.now));
  return {
    overdue: views.filter((v) => v.dueOn !== null && isBefore(v.dueOn, today)),
    dueSoon: views.filter((v) => v.dueOn !== null && !isBefore(v.dueOn, today)),
  };
}
