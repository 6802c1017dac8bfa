import { describe, expect, it } from 'vitest';
import { recordMeasureBody } from './measure.schema';

const base = { effectiveOn: '2026-03-02', decidingBody: '县纪委' };
const fieldsOf = (body: unknown) => {
  const parsed = recordMeasureBody.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('recordMeasureBody: the decision document number (ADR 0005)', () => {
  it.each([
    ['REMINDER', '', []],
    ['INQUIRY', '', []],
    ['ADMONISH', '', ['documentNo']],
    ['PARTY_WARNING', '', ['documentNo']],
    ['PARTY_WARNING', '县纪发〔2026〕3号', []],
  ])('%s with document number "%s" → bad fields %j', (code, documentNo, bad) => {
    expect(fieldsOf({ ...base, code, documentNo })).toEqual(bad);
  });

  it('names the missing number together with the other bad fields', () => {
    expect(fieldsOf({ code: 'GOV_DEMERIT', effectiveOn: '2026-03-02' }).sort()).toEqual(['decidingBody', 'documentNo']);
  });
});
