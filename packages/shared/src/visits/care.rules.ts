import { addMonthsClamped, type IsoDate } from '../dates/date';

/**
 * How long a setback keeps a cadre on the care list (DOMAIN.md §9 "cadres under pressure or hit by setbacks"; the
 * window is the product's choice, ADR 0020): twelve months, for being held accountable or adjusted and for being
 * cleared by a clarification alike.
 */
export const CARE_RECENT_MONTHS = 12;

/** The day before the care window: a setback counts when it fell after this day (and not after asOf). */
export function careWindowStart(asOf: IsoDate): IsoDate {
  return addMonthsClamped(asOf, -CARE_RECENT_MONTHS);
}
