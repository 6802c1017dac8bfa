import { round2 } from '@dandang/shared/assessment/indicator.rules';
import type { ItemEntry, ScoreEntries, ScoreSheetView } from '@dandang/shared/assessment/result.schema';
import { adjustmentPoints } from '@dandang/shared/assessment/score.rules';
import { scoreItem } from '@dandang/shared/assessment/score-sheet.rules';

/** The score form's values: cleared inputs arrive as null and are left out of what is sent. */
export interface ScoreFormValues {
  items?: Record<string, { target?: number | null; actual?: number | null; level?: string | null }>;
  adjustments?: Record<string, { occurrences?: number | null; note?: string | null }>;
  comment?: string;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined && value !== '';

export function entriesFrom(values: ScoreFormValues): ScoreEntries {
  const items: Record<string, ItemEntry> = {};
  for (const [id, v] of Object.entries(values.items ?? {})) {
    const entry: ItemEntry = {};
    if (present(v?.target)) entry.target = v.target;
    if (present(v?.actual)) entry.actual = v.actual;
    if (present(v?.level)) entry.level = v.level;
    if (Object.keys(entry).length > 0) items[id] = entry;
  }
  const adjustments: ScoreEntries['adjustments'] = {};
  for (const [name, v] of Object.entries(values.adjustments ?? {})) {
    if (present(v?.occurrences) && v.occurrences > 0) adjustments[name] = { occurrences: v.occurrences, note: v.note ?? '' };
  }
  return { items, adjustments };
}

/** What the form shows while typing: the indicators' points and the manual items; ballots and signals come on saving. */
export function preview(sheet: ScoreSheetView, entries: ScoreEntries) {
  const points = sheet.items.map((item) => scoreItem(item, entries.items[item.indicatorId]));
  const indicators = round2(points.reduce((sum, p) => sum + (p?.points ?? 0), 0));
  const manual = sheet.adjustments
    .filter((a) => a.source === 'MANUAL')
    .map((item) => ({ item, points: adjustmentPoints({ item, occurrences: entries.adjustments[item.name]?.occurrences ?? 0, details: [] }).points }));
  const sum = (kind: 'BONUS' | 'DEDUCTION') => round2(manual.filter((m) => m.item.kind === kind).reduce((s, m) => s + m.points, 0));
  return { points, indicators, unscored: points.filter((p) => p === null).length, bonus: sum('BONUS'), deduction: sum('DEDUCTION') };
}
