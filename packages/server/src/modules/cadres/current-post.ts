import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { throwIfIssues, unitIssue } from './cadre-checks';
import * as cadresRepo from './cadres.repository';
import type { PostRow } from './posts.repository';

/**
 * The profile's 现任职务, 职务职级 and 所在单位 follow the open post of 任职经历 (ADR 0005): recording a new current
 * post is how a cadre's appointment is entered, and a profile that still showed the old post would contradict its own
 * history. A post that has ended changes nothing; editing the profile directly does not touch the history.
 */

const FOLLOWED = ['post', 'rank', 'rankSince', 'unitId'] as const;

/** Before the write: moving the cadre to the post's unit needs that unit inside the actor's `cadre.write` scope. */
export async function requireOpenPostUnitWritable(
  db: Executor,
  ctx: RequestContext,
  cadreUnitId: string,
  post: { unitId?: string | null; endedOn?: string | null },
) {
  if (post.endedOn || !post.unitId || post.unitId === cadreUnitId) return;
  throwIfIssues(await unitIssue(db, ctx, post.unitId));
}

/** Inside the write's transaction, with the cadre locked: copy the open post onto the profile and audit the change. */
export async function followOpenPost(tx: Executor, ctx: RequestContext, post: PostRow): Promise<void> {
  if (post.endedOn) return;
  const before = await cadresRepo.findCadre(tx, post.cadreId, undefined);
  if (!before) return;
  const rank = post.rank || before.rank;
  const values = {
    post: post.post,
    rank,
    // A new rank dates from the post that brought it; the same rank keeps its date.
    rankSince: rank !== before.rank ? post.startedOn : before.rankSince,
    unitId: post.unitId ?? before.unitId,
  };
  const changes = diffFields(before, { ...before, ...values }, [...FOLLOWED]);
  if (Object.keys(changes).length === 0) return;
  await cadresRepo.updateCadre(tx, before.id, before.version, values, ctx.now);
  await recordAudit(tx, ctx, { action: 'cadre.update', entity: 'cadre', entityId: before.id, changes });
}
