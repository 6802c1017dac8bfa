import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import * as repo from './cases.repository';
import { cases } from './cases.tables';

/**
 * Words for the steps of a timeline that move no case (the engine's own and the modules'): opening, an extension, a
 * proposal joining an open case. A transition is named by its workflow.
 */
export const EVENT_LABELS: Readonly<Record<string, string>> = { open: '立案', extend: '延期', merge: '并入问责建议' };

/**
 * Records on a case's timeline something that happened to it without moving it (another body's proposal joined it),
 * in the caller's transaction; the caller audits it with its own record. The case's version moves: a step taken on a
 * page read before this happened is refused (409) and the reader sees it first.
 */
export async function noteCaseEvent(
  tx: Executor,
  ctx: RequestContext,
  caseId: string,
  event: { action: keyof typeof EVENT_LABELS; state: string; note: string; fields?: Record<string, unknown> },
): Promise<void> {
  await tx
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: ctx.now })
    .where(eq(cases.id, caseId));
  await repo.insertEvent(tx, {
    caseId,
    at: ctx.now,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? '系统',
    action: event.action,
    fromState: event.state,
    toState: event.state,
    note: event.note,
    fields: event.fields ?? {},
  });
}
