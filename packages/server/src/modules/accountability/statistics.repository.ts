import type { AccountabilityForm, ProposingBody } from '@dandang/shared/accountability/forms';
import { and, between, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cases } from '../cases';
import { units } from '../org';
import { accountabilityCases, accountabilityProposals } from './accountability.tables';

/**
 * The decisions (in force or corrected) decided between two days within the scope, each with the bodies that proposed
 * in its case and the day of its first proposal: what the statistics reckon with.
 */
export function decisionFacts(db: Executor, scope: SQL | undefined, from: string, to: string) {
  return db
    .select({
      caseId: cases.id,
      number: cases.number,
      state: cases.state,
      cadreId: accountabilityCases.cadreId,
      unitId: cases.unitId,
      unitName: units.name,
      forms: sql<AccountabilityForm[]>`${accountabilityCases.forms}`,
      decidedOn: sql<string>`${accountabilityCases.decidedOn}`,
      bodies: sql<ProposingBody[]>`(select coalesce(array_agg(distinct p.body), '{}') from ${accountabilityProposals} p where p.case_id = ${cases.id})`,
      proposedOn: sql<string>`(select min(p.proposed_on)::text from ${accountabilityProposals} p where p.case_id = ${cases.id})`,
    })
    .from(accountabilityCases)
    .innerJoin(cases, eq(cases.id, accountabilityCases.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(and(scope, inArray(cases.state, ['DECIDED', 'EXECUTED', 'CORRECTED']), between(accountabilityCases.decidedOn, from, to)));
}
