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
    // Locked first, so two children confirmed at once are summed one after the other, each seeing the other.
    await repo.lockTarget(tx, id);
    const parent = await repo.findTarget(tx, id);
    if (!parent) return;
    const children = await repo.childProgress(tx, id);
    let changed: boolean;
    if (children.length === 0) {
      // Its last child went away: it is reported on by itself again, standing at its own newest confirmed report.
      const own = await repo.lastConfirmedReport(tx, id);
      changed = await repo.setRolledUp(tx, id, own?.value ?? null, own?.reviewedAt ?? null);
    } else {
      const rolled = rollUp(
        children.map((c) => ({ confirmedValue: c.confirmedValue, confirmed: c.confirmedAt !== null })),
        parent.indicator?.definition.kind === 'QUANTITATIVE',
      );
      changed = await repo.setRolledUp(tx, id, rolled.value, rolled.confirmed ? at : null);
    }
    if (!changed) return;
    id = parent.target.parentId;
  }
}
