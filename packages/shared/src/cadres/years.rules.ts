import { addDays, addMonthsClamped, type IsoDate, isBefore } from '../dates/date';

/*
 * 三龄 and time in post count whole years completed. A year is completed on the anniversary, the same calendar day n
 * years later, clamped to the month's end (dateOfAge in cadre-profile.rules.ts): someone born or appointed on
 * 29 February completes a year on 28 February of a common year.
 */

/** The day `years` whole years after `from` are complete. */
export const anniversary = (from: IsoDate, years: number): IsoDate => addMonthsClamped(from, 12 * years);

/** Whole years from `from` to `asOf` (0 when `asOf` is before the first anniversary or before `from`). */
export function completedYears(from: IsoDate, asOf: IsoDate): number {
  let years = Math.max(0, Number(asOf.slice(0, 4)) - Number(from.slice(0, 4)));
  while (years > 0 && isBefore(asOf, anniversary(from, years))) years--;
  return years;
}

/**
 * The latest start date that has completed `years` whole years by `asOf`, so that "at least n years" becomes the
 * index-friendly condition `start <= latestStartFor(asOf, n)`. Usually asOf minus n years; on 28 February of a common
 * year a 29 February start n years back has completed them too.
 */
export function latestStartFor(asOf: IsoDate, years: number): IsoDate {
  const back = addMonthsClamped(asOf, -12 * years);
  const next = addDays(back, 1);
  return isBefore(asOf, anniversary(next, years)) ? back : next;
}
