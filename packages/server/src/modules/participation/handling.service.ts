import { chinaDateOf } from '@dandang/shared/dates/date';
import { checkAction } from '@dandang/shared/participation/participation.rules';
import type { actionBody } from '@dandang/shared/participation/participation.schema';
import { SUBMISSION_ACTIONS, type SubmissionAction } from '@dandang/shared/participation/participation.states';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { requireSubmission } from './read.service';
import { settingsFor } from './settings.service';

/**
 * 办理 (issue 8: "states … with an official answer"): one step of the table in participation.states.ts. Adopting or
 * declining gives the official answer the public reads and stops the reply clock; studying and completing carry a
 * note. The step, its event and its audit row are one transaction at the version read.
 */
export async function takeAction(db: Db, ctx: RequestContext, id: string, action: SubmissionAction, body: z.output<typeof actionBody>) {
  const step = SUBMISSION_ACTIONS[action];
  if (step.needs === 'answer' && body.answer.length < 5) throw validationError([{ path: 'answer', message: '请填写答复意见（至少 5 个字）' }]);
  if (step.needs === 'note' && body.note.length < 2) throw validationError([{ path: 'note', message: '请填写办理说明' }]);
  await db.transaction(async (tx) => {
    const r = await requireSubmission(tx, ctx, id, 'participation.handle');
    if (r.s.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    const settings = await settingsFor(tx, r.jurisdictionId);
    const open = (await repo.milestonesOf(tx, id)).filter((m) => m.doneOn === null).length;
    const check = checkAction(action, { state: r.s.state, useStudyState: settings.useStudyState, openMilestones: open });
    if (!check.allowed) throw new DomainError('STATE_CONFLICT', { reasons: check.reasons }, check.reasons.map((x) => x.text).join('；'));
    const answered = step.answers
      ? { answer: body.answer, answeredOn: chinaDateOf(ctx.now), answeredBy: ctx.actor?.userId ?? null, answeredByName: ctx.actor?.displayName ?? '' }
      : {};
    requireUpdated(await repo.updateSubmission(tx, id, body.version, { state: step.to, ...answered, updatedAt: ctx.now }));
    await repo.insertEvent(tx, {
      submissionId: id,
      at: ctx.now,
      actorName: ctx.actor?.displayName ?? '',
      action,
      state: step.to,
      note: step.answers ? body.answer : body.note,
    });
    await recordAudit(tx, ctx, {
      action: `participation.${action}`,
      entity: 'participation_submission',
      entityId: id,
      changes: {
        state: { before: r.s.state, after: step.to },
        ...(step.answers ? { answer: { before: r.s.answer, after: body.answer } } : { note: { before: null, after: body.note } }),
      },
    });
  });
}
