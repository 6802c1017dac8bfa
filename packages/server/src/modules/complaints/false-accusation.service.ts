import type { falseAccusationBody } from '@dandang/shared/complaints/complaint.schema';
import { type AccuserStatus, falseAccuserReferrals, REFERRALS } from '@dandang/shared/complaints/false-accusation.rules';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import * as repo from './complaints.repository';
import { complaintFalseAccusations } from './complaints.tables';
import { requireHandling } from './handling.service';

/*
 * 诬告陷害/错告误告的处理 (issue 7 item 3; DOMAIN.md §8): after a conclusion of FALSE_ACCUSATION or MISTAKEN the
 * handler records the accuser's status as established and what was done; the referrals come from the pure rule, so
 * the page shows why each one applies. Recorded once: a change is a new finding, outside this first version.
 */

export async function recordFalseAccusation(db: Db, ctx: RequestContext, id: string, body: z.output<typeof falseAccusationBody>) {
  await requireHandling(db, ctx, id);
  const conclusion = (await repo.findComplaint(db, id))?.conclusion;
  if (conclusion !== 'FALSE_ACCUSATION' && conclusion !== 'MISTAKEN') {
    throw new DomainError('STATE_CONFLICT', undefined, '只有核查结论为诬告陷害或错告误告的，才能处理检举控告人');
  }
  const status: AccuserStatus = {
    partyMember: body.partyMember,
    publicOfficial: body.publicOfficial,
    suspectedCrime: body.suspectedCrime,
    gainedBenefits: body.gainedBenefits,
  };
  const { referrals } = falseAccuserReferrals(conclusion, status);
  await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(complaintFalseAccusations)
      .values({
        caseId: id,
        status,
        referrals,
        note: body.note,
        recordedBy: ctx.actor?.userId ?? null,
        recordedByName: ctx.actor?.displayName ?? '系统',
        recordedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ caseId: complaintFalseAccusations.caseId });
    if (!inserted) throw new DomainError('DUPLICATE', undefined, '已记录对检举控告人的处理');
    await recordAudit(tx, ctx, {
      action: 'complaint.false_accusation',
      entity: 'complaint',
      entityId: id,
      changes: { status: { before: null, after: status }, referrals: { before: null, after: referrals }, note: { before: null, after: body.note } },
    });
  });
}

/** The recorded handling with the rule's reasons, for the complaint page; null until recorded. */
export async function falseAccusationOf(db: Executor, id: string, conclusion: string | null) {
  const [row] = await db.select().from(complaintFalseAccusations).where(eq(complaintFalseAccusations.caseId, id)).limit(1);
  if (!row || (conclusion !== 'FALSE_ACCUSATION' && conclusion !== 'MISTAKEN')) return null;
  return {
    referrals: row.referrals.map((code) => ({ code, label: REFERRALS[code] })),
    reasons: falseAccuserReferrals(conclusion, row.status).reasons,
    note: row.note,
    recordedAt: row.recordedAt.toISOString(),
    recordedByName: row.recordedByName,
  };
}
