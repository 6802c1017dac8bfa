import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date';

describe('chineseDate (GB/T 9704-2012 7.3.5.1: 阿拉伯数字, 年份标全称, 月日不编虚位)', () => {
  it('writes the year in full and the month and day in Arabic numerals', () => {
    expect(chineseDate('2026-11-26')).toBe('2026年11月26日');
  });

  it('does not pad the month or the day with a zero', () => {
    expect(chineseDate('2026-01-06')).toBe('2026年1月6日');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => chineseDate('2026-02-30')).toThrow(RangeError);
    expect(() => chineseDate('2026/11/26')).toThrow(RangeError);
  });
});
