export type DayKind = 'holiday' | 'workday';

/** An exception to Monday–Friday: a statutory holiday (休) or a make-up working day (班). */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface CalendarYearSummary {
  year: number;
  published: boolean;
}

export interface CalendarYearDetail extends CalendarYearSummary {
  days: CalendarDay[];
}

export type ComputeInput =
  | { op: 'add'; from: string; days: number }
  | { op: 'noticeEnd'; start: string; days: number }
  | { op: 'count'; from: string; to: string };

/** The `workdays` rule's answer; `provisional` when a year without a published arrangement was involved. */
export type ComputeResult = { date: string; provisional: boolean } | { days: number; provisional: boolean };
