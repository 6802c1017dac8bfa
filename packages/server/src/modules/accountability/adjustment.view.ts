import { ADJUSTMENT_KIND_LABELS, measureForAdjustment } from '@dandang/shared/accountability/adjustment.rules';
import type { AdjustmentView } from '@dandang/shared/accountability/adjustment.schema';
import { UNFIT_SITUATIONS } from '@dandang/shared/accountability/unfit-situations';
import { toCaseView } from '../cases';
import type { AdjustmentRow } from './adjustments.repository';

/** A clue with its case, as the list and its page show it. */
export function toAdjustmentView(row: AdjustmentRow, now: Date): AdjustmentView {
  const f = row.facts;
  const decided = f.adjustment && f.meetingDate && f.decidedOn ? { kind: f.adjustment, meetingDate: f.meetingDate, decidedOn: f.decidedOn } : null;
  const measure = decided ? measureForAdjustment(decided.kind) : null;
  return {
    case: toCaseView(row, now),
    cadreId: f.cadreId,
    situation: f.situation,
    situationLabel: UNFIT_SITUATIONS[f.situation],
    clue: f.clue,
    source: f.source,
    followUp: f.followUpId && f.gradeYear !== null ? { id: f.followUpId, year: f.gradeYear, grade: f.grade } : null,
    adjustment:
      decided && measure
        ? {
            ...decided,
            label: ADJUSTMENT_KIND_LABELS[decided.kind],
            documentNo: f.documentNo ?? '',
            measureId: f.measureId,
            measureCode: measure.code,
            reasons: measure.reasons,
          }
        : null,
  };
}
