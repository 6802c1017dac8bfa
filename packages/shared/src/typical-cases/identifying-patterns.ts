/*
 * Identifying text found by its shape rather than by a known name: ID numbers, mobile numbers, document numbers and
 * exact dates. Each pattern's masked form is what a redacted case prints in its place.
 */

/** 18-digit resident ID numbers (the last may be X), not part of a longer number. */
export const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/** Mainland mobile numbers, 1[3-9] and nine digits, not part of a longer number. */
export const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** The core of a document or case number: 〔2026〕3号, [2025]第8号 (the issuer's short form is found by documentNumbers). */
const DOCUMENT_NUMBER_CORE = /[〔[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*第?\s*\d+\s*号/g;

/** Where the issuer's short form before the bracket stops: punctuation, spaces, brackets. */
const ISSUER_STOP = /[\s，。、；：:,.;“”‘’"'《》<>（）()[\]【】〔〕]/;
/**
 * Words that lead into a citation and are not part of the issuer: "依据县纪〔2026〕3号" keeps "依据". Characters common
 * in short forms (经 of 经信局, 和 of 发展和改革) are not among them: better to mask a word too many than an issuer too few.
 */
const LEAD_WORDS = ['依据', '根据', '按照', '依照', '参照', '印发', '下发', '以', '见', '的', '于', '按', '据', '在', '将', '对', '即'];
const MAX_ISSUER = 8;

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Document and case numbers in the 〔year〕N号 form with the issuer's short form before them: 县纪〔2026〕3号, 容〔2026〕12号,
 * 示政发[2025]第8号. The short form is at most eight characters back to punctuation, and ends after a lead word.
 */
export function documentNumbers(text: string): Array<Span & { year: string }> {
  const found: Array<Span & { year: string }> = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER_CORE)) {
    const core = match.index;
    let start = core;
    while (start > 0 && core - start < MAX_ISSUER && !ISSUER_STOP.test(text[start - 1] ?? '')) start--;
    let issuer = text.slice(start, core);
    for (const word of LEAD_WORDS) {
      const at = issuer.lastIndexOf(word);
      if (at !== -1) {
        start += at + word.length;
        issuer = text.slice(start, core);
      }
    }
    const end = core + match[0].length;
    found.push({ start, end, text: text.slice(start, end), year: match[1] ?? '' });
  }
  return found;
}

/** 2026年6月15日, 2026 年 6 月 15 日 (spaces as some people type them). */
export const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;

/** 2026-06-15, 2026/6/15, 2026.06.15: not inside a longer number. */
export const NUMERIC_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;

/** 6月15日 with no year before it (a year-qualified date is matched by CHINESE_DATE first). */
export const MONTH_DAY = /(?<![\d年]\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;

/** ×, as many as the characters it hides, so the text keeps its length and a reader sees something was there. */
export const mask = (text: string) => '×'.repeat(text.length);

/** 县纪〔2026〕3号 → ××〔2026〕×号: the year stays (the case's year is one of its tags), issuer and number go. */
export const maskDocumentNumber = (year: string) => `××〔${year}〕×号`;

/** A date kept to its year and month, as 2026年6月. */
export const yearMonth = (year: string, month: string) => `${year}年${Number(month)}月`;
