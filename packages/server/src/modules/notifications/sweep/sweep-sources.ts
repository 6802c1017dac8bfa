import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import type { Message } from '../notify.service';

/**
 * A kind of due item the sweep looks for. `find` gets a reader context holding exactly the `reads` permissions at
 * scope `all` (the sweep works for everyone), and answers the messages to write; each carries the date that makes it
 * once-only. Other modules add theirs through registerSweepSource from their own index (the honors module's ending
 * notice periods, say), so this module needs no edit when they land.
 */
export interface SweepSource {
  code: string;
  reads: readonly PermissionCode[];
  find(db: Db, reader: RequestContext): Promise<Message[]>;
}

const SOURCES: SweepSource[] = [];

export function registerSweepSource(source: SweepSource): void {
  if (SOURCES.some((s) => s.code === source.code)) throw new Error(`sweep source ${source.code} registered twice`);
  SOURCES.push(source);
}

export function sweepSources(): readonly SweepSource[] {
  return SOURCES;
}
