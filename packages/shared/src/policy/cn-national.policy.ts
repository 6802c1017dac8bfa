import { TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS } from '../rules/tolerance.codes';
import type { PolicyDocument } from './policy.schema';

/**
 * The default policy `CN-national` (DOMAIN.md). Values DOMAIN.md gives are its defaults; the ones it leaves open are
 * marked "default chosen here" and are meant to be overridden by a jurisdiction's own document.
 */
export const CN_NATIONAL_POLICY: PolicyDocument = {
  code: 'CN-national',
  version: 1,
  name: '全国默认政策',
  effectiveFrom: '2019-01-01',
  notice: { defaultWorkdays: 5 },
  quota: {
    excellentPercent: 20,
    rounding: 'floor',
    maxRaisedPercent: 25,
    // Default chosen here: units under 5 participants would get floor(20% × n) = 0 and are pooled instead.
    pooling: { enabled: true, minUnitSize: 5 },
    linkToUnitResult: false,
    unitResultPercents: { EXCELLENT: 20, GOOD: 15, PASS: 10, POOR: 5 },
  },
  tolerance: {
    requiredConditions: Object.keys(TOLERANCE_CONDITIONS) as PolicyDocument['tolerance']['requiredConditions'],
    exclusions: Object.keys(TOLERANCE_EXCLUSIONS) as PolicyDocument['tolerance']['exclusions'],
    limits: { acceptanceWorkdays: 5, investigationWorkdays: 30, extensionWorkdays: 15, maxExtensions: 1 },
  },
  // Default chosen here: 5 working days to register and route a complaint, 60 to verify it.
  complaints: { acceptanceWorkdays: 5, verificationWorkdays: 60 },
  // 干部任用条例第四十二条: a public notice runs at least five working days (DOMAIN.md §10).
  honors: { noticeWorkdays: 5 },
  accountability: { adjustmentDeadlineMonths: 1, appealMonths: 1, appealAnswerMonths: 1, repeatWindowMonths: 12 },
  visits: { firstVisitWithinMonths: 3, maxPerYear: 2, minCoveragePercent: 30, coverageLookbackYears: 2, minVisitors: 2 },
  rotation: { years: 10, keyPostYears: 5 },
  // Default chosen here: the usual age lines for 优秀年轻干部 at each level.
  talentPool: { maxAgeByLevel: { SECTION: 35, DIVISION: 40, BUREAU: 45 } },
  assessment: {
    periodicGrades: [
      { code: 'GOOD', label: '好' },
      { code: 'FAIRLY_GOOD', label: '较好' },
      { code: 'AVERAGE', label: '一般' },
      { code: 'POOR', label: '较差' },
    ],
    // Default chosen here: the bonus coefficient per annual grade, in percent (120 = ×1.2).
    bonusPercents: { EXCELLENT: 120, COMPETENT: 100, BASIC: 80, INCOMPETENT: 0 },
    // Default chosen here: a rater group's mean counts from 5 valid ballots (ADR 0014).
    minValidBallots: 5,
  },
  participation: { ideaReplyWorkdays: 10, appealReplyWorkdays: 5 },
};
