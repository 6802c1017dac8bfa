import type { TypicalCaseType } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseState } from '@dandang/shared/typical-cases/typical-case.states';

/** Colours of the tags a typical case carries: encouragement in green and blue, warning in orange and red. */
export const OUTCOME_COLORS: Record<string, string> = {
  EXEMPT: 'green',
  LIGHTER: 'blue',
  REDUCED: 'geekblue',
  REJECTED: 'volcano',
  ORGANIZATION: 'purple',
  NOTICE: 'gold',
  ADMONISH: 'orange',
  ADJUSTMENT: 'volcano',
  PARTY_SANCTION: 'red',
  GOV_SANCTION: 'red',
  REFERRED_JUDICIAL: 'red',
  REFERRED_PARTY_DISCIPLINE: 'volcano',
  REFERRED_GOV_SANCTION: 'orange',
  REFERRED_PUBLIC_SECURITY: 'gold',
};

export const TYPE_COLORS: Record<TypicalCaseType, string> = { TOLERANCE: 'cyan', ACCOUNTABILITY: 'magenta', FALSE_ACCUSATION: 'purple' };

export const STATE_COLORS: Record<TypicalCaseState, string> = { DRAFT: 'default', PUBLISHED: 'success', WITHDRAWN: 'warning' };

const SOURCE_PATHS: Record<TypicalCaseType, string> = {
  TOLERANCE: '/tolerance/cases',
  ACCOUNTABILITY: '/accountability/cases',
  FALSE_ACCUSATION: '/complaints',
};

/** Where the source case is worked on, for a publisher's link back to it. */
export const sourcePath = (type: TypicalCaseType, caseId: string) => `${SOURCE_PATHS[type]}/${caseId}`;
