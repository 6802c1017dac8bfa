import type { CycleKind } from '@dandang/shared/assessment/cycle.schema';
import { type GradeScale, gradeScaleOf } from '@dandang/shared/assessment/grade-scale';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import type { SheetItem, SheetOf } from '@dandang/shared/assessment/score-sheet.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { PolicyDocument } from '@dandang/shared/policy/policy.schema';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { effectiveDocument } from '../policy';
import * as cycles from './cycles.repository';
import * as schemes from './schemes.repository';

/** What scoring and grading need of one category of a cycle: its scheme as a score sheet, and its grades. */
export interface CategorySheet extends SheetOf {
  /** The scheme's id and version: a score computed under another version is computed again. */
  key: string;
  category: SchemeCategory;
  schemeName: string;
  hasBallots: boolean;
  items: ReadonlyArray<SheetItem & { code: string }>;
  scale: GradeScale;
}

export interface CycleContext {
  cycle: cycles.CycleRow;
  policy: PolicyDocument;
  sheets: Map<string, CategorySheet>;
}

/** The cycle with the policy in force and each category's sheet; 404 for an unknown cycle. */
export async function cycleContext(db: Executor, cycleId: string, now: Date): Promise<CycleContext> {
  const cycle = await cycles.findCycle(db, cycleId);
  if (!cycle) throw notFound();
  const policy = await effectiveDocument(db, chinaDateOf(now));
  const { schemes: chosen } = await cycles.partsOf(db, [cycleId]);
  const items = await schemes.itemsOf(
    db,
    chosen.map((c) => c.schemeId),
  );
  const sheets = new Map<string, CategorySheet>();
  for (const entry of chosen) {
    const scheme = await schemes.findScheme(db, entry.schemeId);
    if (!scheme) continue;
    const category = entry.category as SchemeCategory;
    sheets.set(category, {
      key: `${scheme.id}:${scheme.version}`,
      category,
      schemeName: scheme.name,
      formula: scheme.formula,
      hasBallots: scheme.raterGroups.length > 0,
      adjustments: scheme.adjustments,
      items: items
        .filter((i) => i.schemeId === scheme.id)
        .map((i) => ({ indicatorId: i.indicatorId, code: i.code, name: i.name, weight: i.weight, definition: i.definition })),
      scale: gradeScaleOf(cycle.kind as CycleKind, category, policy),
    });
  }
  return { cycle, policy, sheets };
}

export function sheetOf(context: CycleContext, category: string): CategorySheet {
  const sheet = context.sheets.get(category);
  if (!sheet) throw notFound();
  return sheet;
}
