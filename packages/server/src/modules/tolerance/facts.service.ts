import { chinaDateOf } from '@dandang/shared/dates/date';
import { recommendTolerance, type ToleranceInput } from '@dandang/shared/rules/tolerance.rules';
import type { factsBody, recommendationBody } from '@dandang/shared/tolerance/tolerance.schema';
import { FACTS_STATES, TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import type { RecommendationView } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { requireCase } from '../cases';
import { policyDocumentById, policyInForce } from '../policy';
import { lockForWrite } from './case-lock';
import * as repo from './tolerance.repository';
import { toRecommendationView } from './tolerance.view';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The facts as kept: each code once, and only the conditions answered. */
function factsOf(body: z.output<typeof recommendationBody> | z.output<typeof factsBody>): ToleranceInput {
  const conditions = Object.fromEntries(Object.entries(body.conditions).filter(([, v]) => typeof v === 'boolean'));
  return {
    situations: unique(body.situations),
    conditions,
    exclusions: unique(body.exclusions),
    mitigations: unique(body.mitigations),
  };
}

/** 调查核实清单: saves the facts as established, while investigating or before the body decides. */
export async function saveFacts(db: Db, ctx: RequestContext, id: string, body: z.output<typeof factsBody>): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, state } = await lockForWrite(tx, ctx, id, 'tolerance.handle');
    if (!FACTS_STATES.includes(state)) {
      throw new DomainError('STATE_CONFLICT', { state }, '只有在调查核实或集体研究阶段可以填写调查核实清单');
    }
    const facts = factsOf(body);
    requireUpdated(
      await repo.updateToleranceCase(
        tx,
        id,
        body.version,
        { facts, factsNotes: body.notes, factsSavedAt: ctx.now, factsSavedByName: ctx.actor?.displayName ?? '系统' },
        ctx.now,
      ),
    );
    await recordAudit(tx, ctx, {
      action: 'tolerance_case.facts',
      entity: 'tolerance_case',
      entityId: id,
      changes: {
        facts: { before: row.facts, after: facts },
        ...(row.factsNotes !== body.notes ? { notes: { before: row.factsNotes, after: body.notes } } : {}),
      },
    });
  });
}

/**
 * The recommendation for facts not saved (the live checklist): under the case's policy when a case is named, otherwise
 * under the policy in force today.
 */
export async function previewRecommendation(db: Db, ctx: RequestContext, body: z.output<typeof recommendationBody>): Promise<RecommendationView> {
  const facts = factsOf(body);
  if (body.caseId) {
    const c = (await requireCase(db, ctx, TOLERANCE_WORKFLOW, body.caseId)).case;
    return toRecommendationView(recommendTolerance(facts, await policyDocumentById(db, c.policyId)), { code: c.policyCode, version: c.policyVersion });
  }
  const policy = await policyInForce(db, chinaDateOf(ctx.now));
  return toRecommendationView(recommendTolerance(facts, policy.document), policy);
}
