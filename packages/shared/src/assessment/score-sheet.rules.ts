import { MEASURE_LABELS, type MeasureCode } from '../rules/measures';
import { scoreQualitative, scoreQuantitative } from './indicator.rules';
import type { IndicatorDefinition } from './indicator.schema';
import type { ItemEntry, ScoreEntries } from './result.schema';
import type { AdjustmentBody, AdjustmentSource } from './scheme.schema';
import { type AdjustmentCount, composeScore, type ScoreBreakdown, type ScoredItem } from './score.rules';

/*
 * One participant's score from what was entered on the score sheet (issue 5 "Scoring"): quantitative items from their
 * target and result, qualitative items from the leader's rating, manual adjustments from their counts, and the
 * adjustments other modules signal (a measure on record deducts; an honor adds). The web previews the same function
 * the server stores.
 */

export interface SheetItem {
  indicatorId: string;
  name: string;
  weight: number;
  definition: IndicatorDefinition;
}

export interface SheetOf {
  items: readonly SheetItem[];
  adjustments: readonly AdjustmentBody[];
  formula: string;
}

/** Occurrences other modules report for the participant in the cycle's period, each as a short text. */
export type Signals = Partial<Record<Exclude<AdjustmentSource, 'MANUAL'>, readonly string[]>>;

/*
 * Measures that deduct: every measure of the register except 提醒 and 函询, which are supervision instruments rather
 * than findings (a 函询 may well clear the cadre). A measure a fault-tolerance decision exempted is never recorded, and
 * a revoked one is not read (ADR 0015).
 */
const NOT_DEDUCTING: readonly MeasureCode[] = ['REMINDER', 'INQUIRY'];
export function deducts(code: MeasureCode): boolean {
  return !NOT_DEDUCTING.includes(code);
}

export function measureSignal(m: { code: MeasureCode; effectiveOn: string }): string {
  return `${m.effectiveOn} ${MEASURE_LABELS[m.code]}`;
}

export function scoreItem(item: SheetItem, entry: ItemEntry | undefined): ScoredItem['score'] {
  const def = item.definition;
  if (def.kind === 'QUALITATIVE') return entry?.level ? scoreQualitative(def.scale, entry.level, item.weight) : null;
  if (entry?.target === undefined || entry.actual === undefined) return null;
  return scoreQuantitative(def, { target: entry.target, actual: entry.actual, weight: item.weight });
}

/** What a registered feed gives a unit's fed indicator for the cycle's period: the feed's label and its figure (null: none). */
export interface FedFigure {
  label: string;
  value: number | null;
}

/**
 * A fed indicator's entry: the feed's figure is the result whatever was typed (a unit cannot type its own reply
 * rate); the target stays the typed or the targets' one. Without a figure the result is missing, and the explanation
 * says the feed had none rather than that nobody typed it.
 */
function fedEntry(item: SheetItem, entry: ItemEntry | undefined, figure: FedFigure): { entry: ItemEntry; source: string } {
  const { actual: _typed, ...rest } = entry ?? {};
  if (figure.value === null) return { entry: rest, source: `数据来源“${figure.label}”本期无数据` };
  const unit = item.definition.kind === 'QUANTITATIVE' ? item.definition.unit : '';
  return { entry: { ...rest, actual: figure.value }, source: `完成值 ${figure.value}${unit} 取自“${figure.label}”` };
}

/** `fed`: the figures feeds give a unit participant, by indicator id; none for a cadre or a sheet without fed indicators. */
export function scoreParticipant(
  sheet: SheetOf,
  entries: ScoreEntries,
  democratic: number | null,
  signals: Signals,
  fed: Readonly<Record<string, FedFigure>> = {},
): ScoreBreakdown {
  const items = sheet.items.map((item): ScoredItem => {
    const typed = entries.items[item.indicatorId];
    const figure = fed[item.indicatorId];
    const { entry, source } = figure ? fedEntry(item, typed, figure) : { entry: typed, source: undefined };
    return { indicatorId: item.indicatorId, name: item.name, weight: item.weight, score: scoreItem(item, entry), ...(source ? { source } : {}) };
  });
  const adjustments: AdjustmentCount[] = sheet.adjustments.map((item) => {
    if (item.source === 'MANUAL') {
      const manual = entries.adjustments[item.name];
      return { item, occurrences: manual?.occurrences ?? 0, details: manual?.note ? [manual.note] : [] };
    }
    const details = signals[item.source] ?? [];
    return { item, occurrences: details.length, details: [...details] };
  });
  return composeScore({ items, democratic, adjustments, formula: sheet.formula });
}

/** Level codes and figures that do not fit the sheet, for the field-named error. */
export function entryIssues(sheet: SheetOf, entries: ScoreEntries): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const known = new Map(sheet.items.map((i) => [i.indicatorId, i]));
  for (const [id, entry] of Object.entries(entries.items)) {
    const item = known.get(id);
    if (!item) issues.push({ path: `entries.items.${id}`, message: '不是本方案的指标' });
    else if (item.definition.kind === 'QUALITATIVE') {
      const scale = item.definition.scale;
      if (entry.level !== undefined && !scale.some((l) => l.code === entry.level)) {
        issues.push({ path: `entries.items.${id}.level`, message: `“${item.name}”的评定等级应为 ${scale.map((l) => l.label).join('、')} 之一` });
      }
    } else if (entry.level !== undefined) issues.push({ path: `entries.items.${id}.level`, message: `“${item.name}”是定量指标，请填写目标值和完成值` });
  }
  const manual = new Set(sheet.adjustments.filter((a) => a.source === 'MANUAL').map((a) => a.name));
  for (const name of Object.keys(entries.adjustments)) {
    if (!manual.has(name)) issues.push({ path: `entries.adjustments.${name}`, message: '不是本方案需人工登记的加减分项' });
  }
  return issues;
}
