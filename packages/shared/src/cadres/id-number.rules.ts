import { type IsoDate, parseIsoDate } from '../dates/date';

/**
 * The citizen ID number of GB 11643-1999 (公民身份号码): 6 digits of region, 8 of birth date (YYYYMMDD), 3 of
 * sequence (odd for men, even for women) and one check character (ISO 7064 MOD 11-2). Pure and clock-free, so the web
 * form explains a refused number with the same function the server applies.
 */
export type IdNumberProblemCode = 'BAD_FORMAT' | 'BAD_CHECK_DIGIT' | 'BAD_BIRTH_DATE' | 'BIRTH_DATE_MISMATCH' | 'GENDER_MISMATCH';

export interface IdNumberProblem {
  code: IdNumberProblemCode;
  text: string;
}

export interface IdNumberFacts {
  /** The birth date on record, `YYYY-MM-DD`. */
  birthDate?: string | null;
  /** The gender code on record (GB/T 2261.1: '1' male, '2' female). */
  gender?: string | null;
}

/** GB 11643-1999 §8.2: Wi = 2^(i-1) mod 11 for positions 18…2. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder 0…10 of the weighted sum mod 11. */
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
/** GB 11643 dates are Gregorian; nobody on a current roster was born before 1900. */
const MIN_BIRTH_YEAR = 1900;

/** The check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the first 17 characters must be digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}

/** Spaces around and a lower-case x are typing habits, not a different number. */
export function normalizeIdNumber(text: string): string {
  return text.trim().toUpperCase();
}

/** The birth date the number encodes, or null when the shape or the date is invalid. */
export function birthDateOf(idNumber: string): IsoDate | null {
  if (!SHAPE.test(idNumber)) return null;
  const date = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const parts = parseIsoDate(date);
  return parts && parts.year >= MIN_BIRTH_YEAR ? date : null;
}

/** The gender code the 17th digit encodes: odd '1' (male), even '2' (female); null for a malformed number. */
export function genderOf(idNumber: string): '1' | '2' | null {
  if (!SHAPE.test(idNumber)) return null;
  return Number(idNumber[16]) % 2 === 1 ? '1' : '2';
}

/**
 * What everyone without `cadre.id_number` sees: the first and the last character, e.g. `1****************X`. The
 * birth date (digits 7–14) and the gender (the parity of digit 17) are on every profile beside it, so a mask that
 * kept the region code and the last four would give the whole number back (个人信息保护法第五十一条; ADR 0013).
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 1)}${'*'.repeat(idNumber.length - 2)}${idNumber.slice(-1)}`;
}

/**
 * Every problem with a number, in a fixed order. A number of the wrong shape gets only BAD_FORMAT: its digits cannot
 * be read as a date or a check sum. The birth date and gender on record are compared only when given.
 */
export function checkIdNumber(idNumber: string, facts: IdNumberFacts = {}): IdNumberProblem[] {
  if (!SHAPE.test(idNumber)) {
    return [{ code: 'BAD_FORMAT', text: '身份证号应为18位，前17位为数字，最后一位为数字或X' }];
  }
  const problems: IdNumberProblem[] = [];
  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    problems.push({ code: 'BAD_CHECK_DIGIT', text: '身份证号校验码不正确，请核对是否录入有误' });
  }
  const encoded = birthDateOf(idNumber);
  if (!encoded) {
    problems.push({ code: 'BAD_BIRTH_DATE', text: '身份证号中的出生日期（第7至14位）不是有效日期' });
  } else if (facts.birthDate && facts.birthDate !== encoded) {
    problems.push({ code: 'BIRTH_DATE_MISMATCH', text: `身份证号中的出生日期 ${encoded} 与填写的出生日期 ${facts.birthDate} 不一致` });
  }
  if (facts.gender && facts.gender !== genderOf(idNumber)) {
    problems.push({ code: 'GENDER_MISMATCH', text: '身份证号第17位（奇数为男、偶数为女）与填写的性别不一致' });
  }
  return problems;
}
