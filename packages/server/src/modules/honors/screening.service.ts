import { type IsoDate, yearOf } from '@dandang/shared/dates/date';
import { type HonorScreening, screenHonorNominee } from '@dandang/shared/honors/honor.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { measureRecordOf } from '../cadres';
import * as repo from './honors.repository';

/**
 * Eligibility from the registry (DOMAIN.md §10): the cadre's measures and their latest annual grade before asOf's year,
 * judged by the shared rule the web shows, so the refusal the unit reads is the one the server applied.
 */
export async function screenCadre(db: Executor, cadreId: string, asOf: IsoDate): Promise<HonorScreening> {
  const measures = (await repo.measuresOf(db, cadreId)).map(measureRecordOf);
  const lastGrade = await repo.lastGradeBefore(db, cadreId, yearOf(asOf));
  return screenHonorNominee({ asOf, measures, lastGrade });
}

/** Screens a campaign's eligible nominations again; those now refused leave the shortlist's way with their reasons. */
export async function rescreenEligible(tx: Executor, ctx: RequestContext, campaignId: string, asOf: IsoDate): Promise<void> {
  for (const nomination of await repo.listNominations(tx, campaignId, undefined, ['ELIGIBLE'])) {
    const screening = await screenCadre(tx, nomination.cadreId, asOf);
    if (!screening.eligible) {
      await repo.updateNomination(tx, nomination.id, null, { state: 'REFUSED', refusals: screening.reasons, screenedOn: asOf }, ctx.now);
      await recordAudit(tx, ctx, {
        action: 'honor.nomination.rescreen',
        entity: 'honor_nomination',
        entityId: nomination.id,
        changes: { state: { before: nomination.state, after: 'REFUSED' }, refusals: { before: nomination.refusals, after: screening.reasons } },
      });
    }
  }
}
