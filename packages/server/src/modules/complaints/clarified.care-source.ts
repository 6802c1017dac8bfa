import { careWindowStart } from '@dandang/shared/visits/care.rules';
import { and, eq, gt, lte } from 'drizzle-orm';
import { cadres } from '../cadres';
import type { CareSource } from '../visits';
import { complaintClarifications } from './complaints.tables';

/**
 * 关心关爱 after 澄清正名 (issue 7 item 5; DOMAIN.md §9 "cadres hit by setbacks"): a cadre cleared of a false report
 * within the care window (the last twelve months, as for being held accountable) was under pressure while it was
 * verified, so the care list offers them. Only the day of the clarification is told, never the complaint; it was
 * public by its nature (a notice to the unit).
 */
export const clarifiedCareSource: CareSource = {
  code: 'CLARIFIED',
  async candidates(db, scope, asOf) {
    const rows = await db
      .select({ cadreId: complaintClarifications.cadreId, on: complaintClarifications.completedOn })
      .from(complaintClarifications)
      .innerJoin(cadres, eq(cadres.id, complaintClarifications.cadreId))
      .where(
        and(
          eq(complaintClarifications.status, 'COMPLETED'),
          gt(complaintClarifications.completedOn, careWindowStart(asOf)),
          lte(complaintClarifications.completedOn, asOf),
          scope,
        ),
      );
    return rows.flatMap((r) => (r.on ? [{ cadreId: r.cadreId, code: 'CLARIFIED', text: `${r.on} 澄清正名`, on: r.on }] : []));
  },
};
