import { describe, expect, it } from 'vitest';
import { birthDateOf, checkIdNumber, genderOf, type IdNumberFacts, idNumberCheckCharacter, maskIdNumber, normalizeIdNumber } from './id-number.rules';

/*
 * GB 11643-1999 公民身份号码. Every sample below was computed with the standard's algorithm on the region code 990101,
 * which no region has (GB/T 2260 has no province 99), so none of them can be a real person's number.
 */
const MALE_1980 = '990101198001010014'; // sequence 001: odd, male
const FEMALE_1980 = '990101198001010022'; // sequence 002: even, female
const CHECK_X = '99010119880808003X'; // weighted sum 354, 354 mod 11 = 2 → 'X'
const LEAP_DAY = '990101200002290249';

describe('idNumberCheckCharacter (GB 11643-1999 §8.2: ISO 7064 MOD 11-2, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)', () => {
  const rows: Array<[string, string]> = [
    ['99010119800101001', '4'], // sum 228, mod 11 = 8 → '4'
    ['99010119800101002', '2'],
    ['99010119880808003', 'X'],
    ['99010119900228013', '3'],
    ['99010120000229024', '9'],
    ['99010119640615091', '3'],
  ];
  for (const [first17, check] of rows) {
    it(`${first17} → ${check}`, () => expect(idNumberCheckCharacter(first17)).toBe(check));
  }
  it('refuses anything but 17 digits (a programming error, not a user input)', () => {
    expect(() => idNumberCheckCharacter('9901011980010100')).toThrow(RangeError);
  });
});

describe('checkIdNumber (GB 11643-1999 §4–§8: structure, birth date, sequence parity, check character)', () => {
  const rows: Array<[string, string, IdNumberFacts, string[]]> = [
    ['a valid male number', MALE_1980, {}, []],
    ['a valid number ending in X', CHECK_X, {}, []],
    ['a valid number with matching facts', FEMALE_1980, { birthDate: '1980-01-01', gender: '2' }, []],
    ['a leap day that exists (2000-02-29)', LEAP_DAY, { birthDate: '2000-02-29', gender: '2' }, []],
    ['17 characters', '99010119800101001', {}, ['BAD_FORMAT']],
    ['19 characters', `${MALE_1980}0`, {}, ['BAD_FORMAT']],
    ['a letter inside', '99010119800A010014', {}, ['BAD_FORMAT']],
    ['a lower-case x (normalize first)', '99010119880808003x', {}, ['BAD_FORMAT']],
    ['X anywhere but last', '99010119880808X030', {}, ['BAD_FORMAT']],
    ['one digit mistyped', '990101198001010024', {}, ['BAD_CHECK_DIGIT']],
    ['two digits swapped', '990101198001100014', {}, ['BAD_CHECK_DIGIT']],
    ['month 13 with a correct check character', `99010119801301001${idNumberCheckCharacter('99010119801301001')}`, {}, ['BAD_BIRTH_DATE']],
    ['1900-02-29 (not a leap year)', `99010119000229001${idNumberCheckCharacter('99010119000229001')}`, {}, ['BAD_BIRTH_DATE']],
    ['born before 1900', `99010118991231001${idNumberCheckCharacter('99010118991231001')}`, {}, ['BAD_BIRTH_DATE']],
    ['a birth date that differs from the record', MALE_1980, { birthDate: '1980-01-02' }, ['BIRTH_DATE_MISMATCH']],
    ['an odd sequence for a woman', MALE_1980, { gender: '2' }, ['GENDER_MISMATCH']],
    ['an even sequence for a man', FEMALE_1980, { gender: '1' }, ['GENDER_MISMATCH']],
    ['everything wrong at once', '990101198013010025', { birthDate: '1980-01-01', gender: '1' }, ['BAD_CHECK_DIGIT', 'BAD_BIRTH_DATE', 'GENDER_MISMATCH']],
    ['null facts are not compared', MALE_1980, { birthDate: null, gender: null }, []],
  ];
  for (const [title, id, facts, codes] of rows) {
    it(`${title}: ${id} → ${codes.join(', ') || 'valid'}`, () => {
      const problems = checkIdNumber(id, facts);
      expect(problems.map((p) => p.code)).toEqual(codes);
      // Every problem explains itself in Chinese for the form.
      for (const p of problems) expect(p.text).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('birthDateOf and genderOf (GB 11643-1999 §4.3 出生日期码, §4.4 顺序码: odd male, even female)', () => {
  it('reads the birth date of positions 7–14', () => {
    expect(birthDateOf(MALE_1980)).toBe('1980-01-01');
    expect(birthDateOf(LEAP_DAY)).toBe('2000-02-29');
    expect(birthDateOf('990101198013010025')).toBeNull();
    expect(birthDateOf('12345')).toBeNull();
  });
  it('reads the gender of the 17th digit', () => {
    expect(genderOf(MALE_1980)).toBe('1');
    expect(genderOf(FEMALE_1980)).toBe('2');
    expect(genderOf(CHECK_X)).toBe('1');
    expect(genderOf('12345')).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it('keeps only the first and the last character (ADR 0013)', () => {
    expect(maskIdNumber(MALE_1980)).toBe('9****************4');
    expect(maskIdNumber(CHECK_X)).toBe('9****************X');
  });
  it('hides a short value entirely rather than show most of it', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
  });
});

describe('normalizeIdNumber', () => {
  it('trims and upper-cases the check character', () => {
    expect(normalizeIdNumber(' 99010119880808003x ')).toBe(CHECK_X);
  });
});
