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
};

export const TYPE_COLORS: Record<TypicalCaseType, string> = { TOLERANCE: 'cyan', ACCOUNTABILITY: 'magenta' };

export const STATE_COLORS: Record<TypicalCaseState, string> = { DRAFT: 'default', PUBLISHED: 'success', WITHDRAWN: 'warning' };

/** Where the source case is worked on, for a publisher's link back to it. */
export const sourcePath = (type: TypicalCaseType, caseId: string) => (type === 'TOLERANCE' ? `/tolerance/cases/${caseId}` : `/accountability/cases/${caseId}`);
