import type { KpiSource } from '../kpi-source';
import { casesClosed, casesOpen, casesOpened, casesOverdue } from './cases.kpi';
import { accountabilityDecisions, toleranceDecisions } from './outcomes.kpi';
import { barsEnding, cadresOnRoll, measuresTaken } from './people.kpi';
import { targetsConfirmed } from './targets.kpi';

/**
 * The figures of the modules that were there before the dashboard, in the order they show within their groups. Modules
 * whose records the dashboard should not read itself (complaints, visits, honors, participation) register theirs from
 * their own index through registerKpiSource.
 */
export const BUILT_IN_SOURCES: readonly KpiSource[] = [
  cadresOnRoll,
  measuresTaken,
  barsEnding,
  targetsConfirmed,
  casesOpen,
  casesOverdue,
  casesOpened,
  casesClosed,
  toleranceDecisions,
  accountabilityDecisions,
];
