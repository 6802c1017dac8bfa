import { loadActor } from '../modules/auth';
import type { RequestContext } from '../platform/context';
import type { Executor } from '../platform/db/client';

/** A request context for a test user, for calling a service directly (a race that HTTP on one app cannot stage). */
export async function contextOf(db: Executor, userId: string, now: Date): Promise<RequestContext> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`no user ${userId}`);
  return { actor, requestId: 'test', ip: null, userAgent: 'vitest', now };
}
