import { type IsoDate, parseIsoDate } from '@dandang/shared/dates/date';

/**
 * A date as 公文 write it since GB/T 9704-2012 (7.3.5.1): Arabic numerals, the year in full, no leading zero in the
 * month or day, e.g. 2026年1月6日. The older 〇 numerals (二〇二六年) are no longer used.
 */
export function chineseDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  // A malformed date here is a programming error: dates are validated where they enter the system.
  if (!parts) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return `${parts.year}年${parts.month}月${parts.day}日`;
}
