import type { Direction, IndicatorKind } from './indicator.schema';
import type { ItemEntry, ScoreEntries } from './result.schema';
import type { TargetLevel } from './target.schema';

/*
 * The rules of the target tree (issue 5 "Targets"; DOMAIN.md §2 "target": jurisdiction → unit → person). Pure
 * functions: the server refuses with their issues, the web shows the same figures.
 */

export interface Issue {
  path: string;
  message: string;
}

/** What placing a target in the tree depends on: its own fields and, when it has one, its parent. */
export interface Placement {
  level: TargetLevel;
  unitId: string | null;
  cadreId: string | null;
  indicatorId: string | null;
  indicatorKind: IndicatorKind | null;
  targetValue: number | null;
  deadline: string;
}

export interface ParentPlacement {
  level: TargetLevel;
  unitId: string | null;
  indicatorId: string | null;
  deadline: string;
}

/** The level a parent of each level must have; null: the level sits at the root. */
const PARENT_LEVEL: Record<TargetLevel, TargetLevel | null> = { JURISDICTION: null, UNIT: 'JURISDICTION', PERSON: 'UNIT' };

/**
 * Everything wrong with a target's place in the tree, each naming its field:
 * - a jurisdiction target is a root with no owner unit or person;
 * - a unit target has its unit and no person, under a jurisdiction target or at the root (a unit's own task);
 * - a person target has its person, decomposes a target of the person's own unit (`ownerUnitId`);
 * - a decomposed target measures what its parent measures and is due no later than it;
 * - a target value belongs to quantitative indicators only, and each of them needs one.
 */
export function placementIssues(t: Placement, parent: ParentPlacement | null, ownerUnitId: string | null): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (t.level === 'JURISDICTION') {
    if (parent) add('parentId', '辖区目标是目标树的根，不能有上级目标');
    if (t.unitId) add('unitId', '辖区目标不指定责任单位');
    if (t.cadreId) add('cadreId', '辖区目标不指定责任人');
  }
  if (t.level === 'UNIT') {
    if (!t.unitId) add('unitId', '请选择责任单位');
    if (t.cadreId) add('cadreId', '单位目标不指定责任人，请分解为个人目标');
    if (parent && parent.level !== PARENT_LEVEL.UNIT) add('parentId', '单位目标只能分解自辖区目标');
  }
  if (t.level === 'PERSON') {
    if (!t.cadreId) add('cadreId', '请选择责任人');
    if (!parent) add('parentId', '个人目标须由本单位的单位目标分解而来，请选择上级目标');
    else if (parent.level !== PARENT_LEVEL.PERSON) add('parentId', '个人目标只能分解自单位目标');
    else if (t.cadreId && ownerUnitId !== parent.unitId) add('cadreId', '责任人不在上级目标的责任单位');
  }
  if (parent?.indicatorId && t.indicatorId !== parent.indicatorId) add('indicatorId', '分解的目标应与上级目标使用同一考核指标');
  if (parent && t.deadline > parent.deadline) add('deadline', `截止日期不能晚于上级目标的截止日期 ${parent.deadline}`);
  if (t.indicatorKind === 'QUANTITATIVE' && t.targetValue === null) add('targetValue', '定量指标请填写目标值');
  if (t.indicatorKind !== 'QUANTITATIVE' && t.targetValue !== null) add('targetValue', '只有定量指标的目标才填写目标值');
  return issues;
}

/**
 * Completion of a quantitative target in percent, one decimal: the value reached over the target, or for an indicator
 * where lower is better the target over the value (a limit of 0 is met only by 0). Null without both figures.
 */
export function completion(direction: Direction, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  if (direction === 'LOWER_BETTER') {
    if (actual <= 0) return actual <= target ? 100 : 0;
    return round(Math.min((Math.max(target, 0) / actual) * 100, 999));
  }
  if (target <= 0) return actual >= target ? 100 : 0;
  return round(Math.min((Math.max(actual, 0) / target) * 100, 999));
}

/** A target is overdue once its deadline has passed without confirmed progress reaching it. */
export function isOverdue(deadline: string, today: string, done: number | null): boolean {
  return deadline < today && (done === null || done < 100);
}

/**
 * How far the children's target values cover their parent's: their sum, and whether it reaches the parent's value
 * (at least it, or at most it where lower is better). Null without a quantitative parent or children.
 */
export function decomposition(
  direction: Direction | null,
  parentValue: number | null,
  childValues: readonly (number | null)[],
): { assigned: number; covered: boolean } | null {
  const values = childValues.filter((v): v is number => v !== null);
  if (direction === null || parentValue === null || values.length === 0) return null;
  const assigned = Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  return { assigned, covered: direction === 'LOWER_BETTER' ? assigned <= parentValue : assigned >= parentValue };
}

/** What a report must carry: a value for a quantitative target, and evidence where the indicator requires it. */
export function progressIssues(
  index: number,
  target: { kind: IndicatorKind | null; evidenceRequired: boolean },
  value: number | null,
  evidenceCount: number,
): Issue[] {
  const issues: Issue[] = [];
  if (target.kind === 'QUANTITATIVE' && value === null) issues.push({ path: `reports.${index}.value`, message: '定量目标请填写完成值' });
  if (target.kind !== 'QUANTITATIVE' && value !== null) issues.push({ path: `reports.${index}.value`, message: '只有定量目标填写完成值' });
  if (target.evidenceRequired && evidenceCount === 0) issues.push({ path: `reports.${index}.evidenceIds`, message: '该指标要求上传佐证材料' });
  return issues;
}

/**
 * Why a reviewer may not decide a report, or null: only a pending report, never one they filed, and never one on
 * their own target (a unit admin may file for the leader; the leader still may not confirm it).
 */
export function reviewRefusal(
  report: { state: string; reportedBy: string },
  reviewer: { userId: string; cadreId: string | null },
  targetCadreId: string | null,
): string | null {
  if (report.state !== 'SUBMITTED') return '该进展已审核，不能重复审核';
  if (report.reportedBy === reviewer.userId) return '不能审核本人填报的进展';
  if (reviewer.cadreId !== null && reviewer.cadreId === targetCadreId) return '不能审核本人目标任务的进展';
  return null;
}

/**
 * The score-sheet entry a participant's targets give an indicator (issue 5 "quantitative scores computed from
 * confirmed progress"): the sum of the targets and, once every one of them has confirmed progress, the sum of the
 * confirmed values. Until then the result is missing and the score stays open, so grading waits for confirmation
 * (ADR 0016).
 */
export function progressEntry(targets: ReadonlyArray<{ targetValue: number | null; confirmedValue: number | null }>): ItemEntry | null {
  const valued = targets.filter((t) => t.targetValue !== null);
  if (valued.length === 0) return null;
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  const target = sum(valued.map((t) => t.targetValue as number));
  if (valued.some((t) => t.confirmedValue === null)) return { target };
  return { target, actual: sum(valued.map((t) => t.confirmedValue as number)) };
}

/** The entries a score is computed from: what the targets give replaces what was typed for the same indicator. */
export function withProgress(entries: ScoreEntries, progress: Readonly<Record<string, ItemEntry>> | undefined): ScoreEntries {
  if (!progress || Object.keys(progress).length === 0) return entries;
  return { ...entries, items: { ...entries.items, ...progress } };
}

/**
 * A decomposed target's progress is its children's (ADR 0016): confirmed once every child is, at the sum of their
 * confirmed values when the target is measured by a quantitative indicator. It is not reported on by itself.
 */
export function rollUp(
  children: ReadonlyArray<{ confirmedValue: number | null; confirmed: boolean }>,
  quantitative: boolean,
): { confirmed: boolean; value: number | null } {
  const confirmed = children.length > 0 && children.every((c) => c.confirmed);
  if (!confirmed || !quantitative) return { confirmed, value: null };
  return { confirmed, value: Math.round(children.reduce((a, c) => a + (c.confirmedValue ?? 0), 0) * 1e6) / 1e6 };
}
