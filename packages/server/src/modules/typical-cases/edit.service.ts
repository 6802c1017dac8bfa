import { OUTCOMES_BY_TYPE, TYPICAL_CASE_TYPES, TYPICAL_OUTCOMES } from '@dandang/shared/typical-cases/typical-case.codes';
import type { updateTypicalCaseBody } from '@dandang/shared/typical-cases/typical-case.schema';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './typical-cases.repository';
import { lockForAction } from './write-lock';

const AUDITED = ['title', 'facts', 'handling', 'analysis', 'outcome', 'year', 'keywords'] as const;

/**
 * The reviewer's edit of a draft: title, the three sections and the tags. Saved whatever it still contains (the
 * answer lists what identifies the case); only publishing refuses it.
 */
export async function updateTypicalCase(db: Db, ctx: RequestContext, id: string, body: z.output<typeof updateTypicalCaseBody>): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockForAction(tx, ctx, id, 'edit', body.version);
    const allowed = OUTCOMES_BY_TYPE[before.sourceType];
    if (!allowed.includes(body.tags.outcome)) {
      const names = allowed.map((o) => `${o}（${TYPICAL_OUTCOMES[o]}）`).join('、');
      throw validationError([{ path: 'tags.outcome', message: `${TYPICAL_CASE_TYPES[before.sourceType]}案例的处理结果应为 ${names} 之一` }]);
    }
    const values = {
      title: body.title,
      facts: body.sections.facts,
      handling: body.sections.handling,
      analysis: body.sections.analysis,
      outcome: body.tags.outcome,
      year: body.tags.year,
      keywords: [...new Set(body.tags.keywords)],
    };
    const after = requireUpdated(await repo.updateTypicalCase(tx, id, before.version, values, ctx.now));
    await recordAudit(tx, ctx, { action: 'typical_case.update', entity: 'typical_case', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
  });
}
