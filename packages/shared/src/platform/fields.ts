import { z } from 'zod';

/* Field shapes every contract uses, each with the Chinese message that names it. */

/**
 * Versions are integer columns: a number past their range is bad input, not a database error. A write stores the
 * version it read plus one, which must still fit: hence one below the column's largest value.
 */
export const MAX_VERSION = 2_147_483_646;

/** The version a write read (optimistic locking): a stale one gets HTTP 409. */
export const versionField = z.number({ error: '请提供版本号 version' }).int().min(1).max(MAX_VERSION, '版本号不正确');

/** The same in a query string (a DELETE), where it arrives as text. */
export const versionQuery = z.object({ version: z.coerce.number({ error: '请提供版本号 version' }).int().min(1).max(MAX_VERSION, '版本号不正确') });

/** A query parameter sent empty (`?kind=`, as a cleared filter sends it) is the same as one not sent. */
export const blankAsMissing = (v: unknown) => (v === '' ? undefined : v);

/** Optional free text, trimmed, at most `max` characters. */
export const optionalText = (label: string, max: number) => z.string(`${label}应为文本`).trim().max(max, `${label}不能超过${max}个字符`);

/** Required free text, trimmed, of `min` to `max` characters; missing and empty are both "请填写". */
export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文本`) })
    .trim()
    .min(min, min === 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}不能超过${max}个字符`);

/** A yes/no filter in a query string, where it arrives as the text `true` or `false`. */
export const queryFlag = (label: string) =>
  z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean(`${label}应为 true 或 false`));
