import type { KpiSource } from '../kpi-source';
import { casesClosed, casesOpen, casesOpened, casesOverdue } from './cases.kpi';
import { accountabilityDecisions, toleranceDecisions } from './outcomes.kpi';
import { barsEnding, cadresOnRoll, measuresTaken } from './people.kpi';
import { clarificationsCompleted, visitCoverage } from './protection.kpi';
import { targetsConfirmed } from './targets.kpi';

/**
 * The figures of the modules that were there before the dashboard, in the order they show within their groups. Later
 * modules (honors, ideas and appeals) register theirs from their own index through registerKpiSource.
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
  clarificationsCompleted,
  visitCoverage,
];
