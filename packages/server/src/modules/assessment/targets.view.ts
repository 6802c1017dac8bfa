import { completion, decomposition, isOverdue } from '@dandang/shared/assessment/target.rules';
import type { ProgressState, ProgressView, TargetLevel, TargetView } from '@dandang/shared/assessment/target.schema';
import type { ProgressWithEvidence, TargetRow } from './targets.repository';

/** Who reported and reviewed, by user id → display name. */
export type Names = ReadonlyMap<string, string>;

export function toProgressView(p: ProgressWithEvidence, names: Names): ProgressView {
  return {
    id: p.id,
    targetId: p.targetId,
    value: p.value,
    note: p.note,
    state: p.state as ProgressState,
    returnReason: p.returnReason,
    reportedBy: names.get(p.reportedBy) ?? '',
    reportedAt: p.reportedAt.toISOString(),
    reviewedBy: p.reviewedBy ? (names.get(p.reviewedBy) ?? '') : null,
    reviewedAt: p.reviewedAt?.toISOString() ?? null,
    evidence: p.evidence,
    version: p.version,
  };
}

export function directionOf(row: TargetRow) {
  const def = row.indicator?.definition;
  return def?.kind === 'QUANTITATIVE' ? def.direction : null;
}

/** A target with its completion, overdue flag, newest report and how its children cover it. */
export function toTargetView(
  row: TargetRow,
  latest: ProgressWithEvidence | undefined,
  children: ReadonlyArray<number | null>,
  names: Names,
  today: string,
): TargetView {
  const t = row.target;
  const direction = directionOf(row);
  const def = row.indicator?.definition;
  const done = direction ? completion(direction, t.targetValue, t.confirmedValue) : t.confirmedAt ? 100 : null;
  const split = decomposition(direction, t.targetValue, children);
  return {
    id: t.id,
    cycleId: t.cycleId,
    parentId: t.parentId,
    level: t.level as TargetLevel,
    title: t.title,
    description: t.description,
    unitId: t.unitId,
    unitName: row.unitName,
    cadreId: t.cadreId,
    cadreName: row.cadreName,
    indicator:
      row.indicator && def
        ? {
            id: row.indicator.id,
            code: row.indicator.code,
            name: row.indicator.name,
            kind: def.kind,
            unit: def.kind === 'QUANTITATIVE' ? def.unit : '',
            direction,
            evidenceRequired: row.indicator.evidenceRequired,
          }
        : null,
    targetValue: t.targetValue,
    deadline: t.deadline,
    confirmedValue: t.confirmedValue,
    completion: done,
    overdue: isOverdue(t.deadline, today, done),
    latest: latest ? toProgressView(latest, names) : null,
    children: children.length,
    assigned: split?.assigned ?? null,
    covered: split?.covered ?? null,
    version: t.version,
  };
}
