import type { TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { gradesSource } from './sources/grades.source';
import { measuresSource } from './sources/measures.source';
import { postsSource } from './sources/posts.source';
import { supervisionSource } from './sources/supervision.source';
import { talentPoolSource } from './sources/talent-pool.source';

/**
 * One kind of record that shows on a cadre's timeline. The registry asks a source only when the viewer holds its
 * `permission`, and hands it the viewer's scope for that permission as a condition on the `cadres` table, which the
 * source's query must join: a viewer then sees each source within their own scope for it, and nothing of the rest.
 */
export interface TimelineSource {
  source: string;
  label: string;
  permission: PermissionCode;
  entries(db: Executor, cadreId: string, scope: SQL | undefined): Promise<TimelineEntry[]>;
}

const SOURCES: TimelineSource[] = [postsSource, measuresSource, gradesSource, supervisionSource, talentPoolSource];

/** Later modules (honors, cases) add their source here from their own index, so the timeline needs no edit for them. */
export function registerTimelineSource(source: TimelineSource): void {
  if (SOURCES.some((s) => s.source === source.source)) throw new Error(`timeline source ${source.source} registered twice`);
  SOURCES.push(source);
}

export function timelineSources(): readonly TimelineSource[] {
  return SOURCES;
}
