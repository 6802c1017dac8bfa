import { fromDayNumber, toDayNumber } from '@dandang/shared/dates/date';
import { MEASURE_CODES, type MeasureRecord } from '@dandang/shared/rules/measures';
import { screenPromotion } from '@dandang/shared/rules/promotion.rules';
import type { AnnualGrade } from '@dandang/shared/rules/reason';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { annualGrades } from '../annual-grades.tables';
import { cadres, measures } from '../cadres.tables';
import { promotableNow } from '../promotion-bar.sql';

/*
 * The SQL of "promotable now" and the pure screenPromotion (DOMAIN.md §4 "Promotion screening", 干部任用条例第二十四条)
 * must agree on every cadre: random measures of every code, revoked or not, lifted or not, with month-end effective
 * dates where clamping matters, and a random last-year grade, screened on a random day.
 */

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ baseData: false });
});
afterAll(() => test.cleanup());

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
/** Month ends are where `date + interval` and addMonthsClamped could part, so they come up often. */
const effectiveDay = fc.oneof(
  day('2018-01-01', '2026-12-31'),
  fc
    .tuple(fc.integer({ min: 2018, max: 2026 }), fc.constantFrom('01-31', '02-28', '02-29', '03-31', '08-31', '08-30', '12-31'))
    .map(([y, md]) => (md === '02-29' && y % 4 !== 0 ? `${y}-02-28` : `${y}-${md}`)),
);
const measure: fc.Arbitrary<MeasureRecord> = fc.record(
  {
    code: fc.constantFrom(...MEASURE_CODES),
    effectiveOn: effectiveDay,
    months: fc.constantFrom(12, 24, undefined),
    liftedOn: fc.option(day('2018-01-01', '2027-12-31'), { nil: undefined }),
    revoked: fc.boolean(),
  },
  { requiredKeys: ['code', 'effectiveOn'] },
);
const grade = fc.constantFrom<AnnualGrade | null>(null, 'EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT');
const cadreFacts = fc.record({ measures: fc.array(measure, { maxLength: 4 }), lastYearGrade: grade });

describe('promotableNow (SQL) agrees with screenPromotion', () => {
  it('on random measures, grades and days', async () => {
    const db = test.database.db;
    await fc.assert(
      fc.asyncProperty(fc.array(cadreFacts, { minLength: 1, maxLength: 8 }), day('2019-01-01', '2028-12-31'), async (people, today) => {
        const unit = await buildUnit(db);
        const expected = new Map<string, boolean>();
        for (const person of people) {
          const cadre = await buildCadre(db, { unitId: unit.id });
          if (person.measures.length > 0) {
            await db.insert(measures).values(
              person.measures.map((m) => ({
                cadreId: cadre.id,
                code: m.code,
                effectiveOn: m.effectiveOn,
                months: m.months ?? null,
                liftedOn: m.liftedOn ?? null,
                revokedAt: m.revoked ? new Date('2020-01-01') : null,
              })),
            );
          }
          const lastYear = Number(today.slice(0, 4)) - 1;
          if (person.lastYearGrade) await db.insert(annualGrades).values({ cadreId: cadre.id, year: lastYear, grade: person.lastYearGrade });
          expected.set(cadre.id, screenPromotion({ asOf: today, measures: person.measures, lastYearGrade: person.lastYearGrade }).eligible);
        }
        const rows = await db
          .select({ id: cadres.id })
          .from(cadres)
          .where(and(eq(cadres.unitId, unit.id), promotableNow(today)));
        const promotable = new Set(rows.map((r) => r.id));
        for (const [id, eligible] of expected) expect(promotable.has(id), `${id} on ${today}`).toBe(eligible);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
