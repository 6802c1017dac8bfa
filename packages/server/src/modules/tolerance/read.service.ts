import { recommendTolerance } from '@dandang/shared/rules/tolerance.rules';
import { TOLERANCE_ORIGINS, type toleranceListQuery } from '@dandang/shared/tolerance/tolerance.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { TOLERANCE_DECISIONS, type ToleranceDecision } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { ToleranceDetail, TolerancePage } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { caseScope, reaches, requireCase, toCaseView } from '../cases';
import { policyDocumentById } from '../policy';
import { correctionsOf } from './corrections.repository';
import { showsFacts } from './tolerance.policy';
import * as repo from './tolerance.repository';
import { toRecommendationView, toToleranceDetail } from './tolerance.view';

/** A tolerance case's page: the engine's case view and the tolerance part, as far as the reader may see it. */
export async function toleranceDetail(db: Executor, ctx: RequestContext, id: string): Promise<ToleranceDetail> {
  const caseRow = await requireCase(db, ctx, TOLERANCE_WORKFLOW, id);
  const row = await repo.findToleranceCase(db, id);
  // A case the engine opened without this module (no application behind it) has no tolerance part to show.
  if (!row) throw notFound();
  const [corrections, accountabilityCases, worksOnCase] = await Promise.all([
    correctionsOf(db, id),
    repo.accountabilityCasesOf(db, id),
    reaches(db, ctx, id, ['tolerance.handle', 'tolerance.decide']),
  ]);
  const c = caseRow.case;
  // The recommendation is always evaluated under the policy the case is handled under, never today's.
  const recommendation = row.facts
    ? toRecommendationView(recommendTolerance(row.facts, await policyDocumentById(db, c.policyId)), { code: c.policyCode, version: c.policyVersion })
    : null;
  return toToleranceDetail({
    caseView: toCaseView(caseRow, ctx.now),
    row,
    corrections,
    accountabilityCases,
    recommendation,
    showsFacts: showsFacts(worksOnCase, row.decision !== null),
    now: ctx.now,
  });
}

export async function listToleranceCases(db: Executor, ctx: RequestContext, query: z.output<typeof toleranceListQuery>): Promise<TolerancePage> {
  const filter = { scope: caseScope(ctx, 'tolerance.read'), state: query.state, outcome: query.outcome, unitId: query.unitId, year: query.year, q: query.q };
  const [rows, [total]] = await repo.listToleranceCases(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    items: rows.map((r) => ({
      case: toCaseView(r, ctx.now),
      origin: r.origin,
      originLabel: TOLERANCE_ORIGINS[r.origin],
      decision: r.decision,
      decisionLabel: r.decision ? TOLERANCE_DECISIONS[r.decision] : null,
    })),
    total: total?.n ?? 0,
  };
}

export interface DecidedTolerance {
  caseId: string;
  number: string;
  decision: ToleranceDecision;
}

/**
 * What tolerance decided for an accountability case, for its own decision to carry (第十八条 从轻/减轻) or to show: the
 * latest decided tolerance case linked to it as 容错认定所涉问责事项, or null. No scope: the caller decides who asks.
 */
export async function toleranceOutcomeFor(db: Executor, accountabilityCaseId: string): Promise<DecidedTolerance | null> {
  const row = await repo.latestDecisionFor(db, accountabilityCaseId);
  return row?.decision ? { caseId: row.caseId, number: row.number, decision: row.decision } : null;
}
