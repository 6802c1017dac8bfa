import type { Executor } from '../../platform/db/client';
import * as repo from './results.repository';

const PAGE = 2000;

/** A cycle's results in list order, a page at a time, for the workbooks: memory stays flat however large the cycle. */
export async function* resultPages(db: Executor, cycleId: string, filter: repo.ResultFilter): AsyncGenerator<repo.ResultRow[]> {
  for (let offset = 0; ; offset += PAGE) {
    const [rows] = await repo.listResults(db, cycleId, filter, { limit: PAGE, offset });
    yield rows;
    if (rows.length < PAGE) return;
  }
}
