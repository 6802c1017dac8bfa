import { describe, expect, it } from 'vitest';
import { checkCadreProfile, dateOfAge, type ProfileFacts } from './cadre-profile.rules';

// Synthetic numbers on the fictitious region 990101 (see id-number.rules.test.ts).
const MALE_1980 = '990101198001010014';
const base: ProfileFacts = { birthDate: '1980-01-01', gender: '1', idNumber: MALE_1980 };

describe('dateOfAge', () => {
  it('is the birthday that many years later, a leap-day birthday counting from 28 February', () => {
    expect(dateOfAge('1980-01-01', 18)).toBe('1998-01-01');
    expect(dateOfAge('2000-02-29', 18)).toBe('2018-02-28');
  });
});

describe('checkCadreProfile (党章 第一条 年满十八岁; 劳动法 第十五条 未满十六周岁不得招用; GB 11643-1999)', () => {
  const rows: Array<[string, Partial<ProfileFacts>, string[]]> = [
    ['a consistent record', { partyJoinedOn: '2002-07-01', workStartedOn: '2002-08-01' }, []],
    ['joined the party on the 18th birthday', { partyJoinedOn: '1998-01-01' }, []],
    ['joined the party the day before', { partyJoinedOn: '1997-12-31' }, ['partyJoinedOn:PARTY_JOIN_TOO_YOUNG']],
    ['started work on the 16th birthday', { workStartedOn: '1996-01-01' }, []],
    ['started work at fifteen', { workStartedOn: '1995-06-01' }, ['workStartedOn:WORK_START_TOO_YOUNG']],
    ['an ID number of another birth date', { birthDate: '1980-01-02' }, ['idNumber:BIRTH_DATE_MISMATCH']],
    ['an ID number of the other gender', { gender: '2' }, ['idNumber:GENDER_MISMATCH']],
    ['no ID number on record', { idNumber: null, gender: '2' }, []],
    [
      'everything at once',
      { idNumber: '990101198001010015', partyJoinedOn: '1990-01-01', workStartedOn: '1990-01-01' },
      ['idNumber:BAD_CHECK_DIGIT', 'partyJoinedOn:PARTY_JOIN_TOO_YOUNG', 'workStartedOn:WORK_START_TOO_YOUNG'],
    ],
  ];
  for (const [title, facts, expected] of rows) {
    it(`${title} → ${expected.join(', ') || 'ok'}`, () => {
      const problems = checkCadreProfile({ ...base, ...facts });
      expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
      for (const p of problems) expect(p.text).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
