import { z } from 'zod';
import { expecting } from '../rules/validation';
import { isIsoDate } from './date';

/** A real calendar date written `YYYY-MM-DD` (2025-02-29 is refused). */
export const isoDateSchema = z.string(expecting('应为 YYYY-MM-DD 格式的日期字符串')).refine(isIsoDate, { error: '应为 YYYY-MM-DD 格式的有效日期' });
