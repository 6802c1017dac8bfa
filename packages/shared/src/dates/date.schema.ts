import { z } from 'zod';
import { expecting } from '../rules/validation';
import { isIsoDate } from './date';

/** The years a case date or deadline can fall in; beyond them arithmetic could leave what a date string can hold. */
export const MIN_RULE_YEAR = 1900;
export const MAX_RULE_YEAR = 2200;

/** A real calendar date written `YYYY-MM-DD` (2025-02-29 is refused), between 1900 and 2200. */
export const isoDateSchema = z.string(expecting('应为 YYYY-MM-DD 格式的日期字符串')).superRefine((d, ctx) => {
  // One issue per bad date: an invalid date is not also reported as out of range.
  if (!isIsoDate(d)) ctx.addIssue({ code: 'custom', message: '应为 YYYY-MM-DD 格式的有效日期' });
  else if (Number(d.slice(0, 4)) < MIN_RULE_YEAR || Number(d.slice(0, 4)) > MAX_RULE_YEAR) {
    ctx.addIssue({ code: 'custom', message: `日期应在 ${MIN_RULE_YEAR} 年至 ${MAX_RULE_YEAR} 年之间` });
  }
});
