import { rollUp } from '@dandang/shared/assessment/target.rules';
import type { Executor } from '../../platform/db/client';
import * as repo from './targets.repository';

/**
 * Brings the confirmed progress of `parentId` and its ancestors up to date from their children (`rollUp`): after a
 * report is confirmed, a child is added or a child is removed. Climbs only while something changes.
 */
export async function refreshAncestors(tx: Executor, parentId: string | null, at: Date): Promise<void> {
  let id = parentId;
  while (id) {
    const parent = await repo.findTarget(tx, id);
    if (!parent) return;
    const children = await repo.childProgress(tx, id);
    const quantitative = parent.indicator?.definition.kind === 'QUANTITATIVE';
    const rolled =
      children.length === 0
        ? null
        : rollUp(
            children.map((c) => ({ confirmedValue: c.confirmedValue, confirmed: c.confirmedAt !== null })),
            quantitative,
          );
    // A target whose last child went away keeps what it had: it is reported on by itself again.
    if (!rolled) return;
    const changed = await repo.setRolledUp(tx, id, rolled.value, rolled.confirmed ? at : null);
    if (!changed) return;
    id = parent.target.parentId;
  }
}
