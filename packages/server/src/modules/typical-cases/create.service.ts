import { redactFields, redactText } from '@dandang/shared/typical-cases/redaction.rules';
import type { createTypicalCaseBody } from '@dandang/shared/typical-cases/typical-case.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { reaches, readableCase } from '../cases';
import { composeAccountabilityDraft } from './compose-accountability';
import { composeFalseAccusationDraft } from './compose-false-accusation';
import { composeToleranceDraft } from './compose-tolerance';
import type { Draft } from './draft';
import type { SourceCase } from './source';
import { loadSource } from './source.service';
import * as repo from './typical-cases.repository';

/*
 * 生成典型案例 (issue 6 item 6; issue 7 item 3 for 诬告陷害): a draft in redacted form from a decided case the publisher
 * can read. One per source case: a second request is answered 409 with the id of the one there is.
 */

const duplicate = (existingId: string) => new DomainError('DUPLICATE', { existingId }, '该案件已生成典型案例，请在原有案例上修改');

function compose(source: SourceCase): Draft {
  switch (source.type) {
    case 'TOLERANCE':
      return composeToleranceDraft(source);
    case 'ACCOUNTABILITY':
      return composeAccountabilityDraft(source);
    case 'FALSE_ACCUSATION':
      return composeFalseAccusationDraft(source);
  }
}

export async function createTypicalCase(db: Db, ctx: RequestContext, body: z.output<typeof createTypicalCaseBody>): Promise<string> {
  // 404 for a case the actor cannot read; 403 when they read it but their publish scope does not reach it.
  const { row } = await readableCase(db, ctx, body.caseId);
  if (!(await reaches(db, ctx, body.caseId, ['typical_case.publish']))) throw new DomainError('FORBIDDEN');
  const existing = await repo.findBySource(db, body.caseId);
  if (existing) throw duplicate(existing.id);

  const source = await loadSource(db, row);
  const draft = compose(source);
  const known = source.identifiers;
  const { fields, replacements } = redactFields({ title: draft.title, ...draft.sections }, known);
  const keywords = draft.keywords.map((k) => redactText(k, known).text);

  return db.transaction(async (tx) => {
    const id = await repo.insertTypicalCase(tx, {
      sourceCaseId: source.caseId,
      sourceType: source.type,
      sourceUnitId: source.unitId,
      sourceCadreId: source.cadreId,
      title: fields.title,
      facts: fields.facts,
      handling: fields.handling,
      analysis: fields.analysis,
      outcome: draft.outcome,
      year: draft.year,
      keywords,
      replacements,
      identifiers: known,
      createdBy: ctx.actor?.userId ?? null,
      createdByName: ctx.actor?.displayName ?? '系统',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!id) {
      const raced = await repo.findBySource(tx, body.caseId);
      throw duplicate(raced?.id ?? '');
    }
    await recordAudit(tx, ctx, {
      action: 'typical_case.create',
      entity: 'typical_case',
      entityId: id,
      changes: {
        sourceCaseId: { before: null, after: source.caseId },
        state: { before: null, after: 'DRAFT' },
        title: { before: null, after: fields.title },
        replaced: { before: null, after: replacements.length },
      },
    });
    return id;
  });
}
