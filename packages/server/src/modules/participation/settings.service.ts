import { chinaDateOf } from '@dandang/shared/dates/date';
import { DEFAULT_STATE_LABELS, type StateLabels, type SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { settingsBody } from '@dandang/shared/participation/participation.schema';
import type { SettingsView } from '@dandang/shared/participation/participation-view.schema';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { effectiveDocument } from '../policy';
import * as repo from './participation.repository';

export interface JurisdictionSettings {
  useStudyState: boolean;
  labels: Record<SubmissionKind, StateLabels>;
  version: number;
}

/** A jurisdiction's state settings (issue 8 "states configurable by the jurisdiction"); the shipped ones until it saves its own. */
export async function settingsFor(db: Executor, jurisdictionId: string): Promise<JurisdictionSettings> {
  const row = await repo.settingsOf(db, jurisdictionId);
  return row
    ? { useStudyState: row.useStudyState, labels: row.labels, version: row.version }
    : { useStudyState: true, labels: DEFAULT_STATE_LABELS, version: 1 };
}

/** The jurisdiction the actor works in: settings and categories are per jurisdiction. */
export async function actorJurisdiction(db: Executor, ctx: RequestContext): Promise<string> {
  const unit = ctx.actor?.unitId ? await repo.findUnit(db, ctx.actor.unitId) : null;
  if (!unit) throw new DomainError('FORBIDDEN', undefined, '当前账号未归属单位，不能设置群众参与事项');
  return unit.jurisdictionId;
}

export async function readSettings(db: Db, ctx: RequestContext): Promise<SettingsView> {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  const current = await settingsFor(db, jurisdictionId);
  // The reply limits live in the versioned policy (政策配置), shown here so that the settings page tells the whole story.
  const policy = await effectiveDocument(db, chinaDateOf(ctx.now), jurisdictionId);
  return { ...current, replyWorkdays: { IDEA: policy.participation.ideaReplyWorkdays, APPEAL: policy.participation.appealReplyWorkdays } };
}

export async function saveSettings(db: Db, ctx: RequestContext, body: z.output<typeof settingsBody>): Promise<SettingsView> {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  await db.transaction(async (tx) => {
    const before = await settingsFor(tx, jurisdictionId);
    requireUpdated(
      await repo.saveSettings(
        tx,
        { jurisdictionId, useStudyState: body.useStudyState, labels: body.labels, version: body.version + 1, updatedAt: ctx.now },
        body.version,
      ),
    );
    await recordAudit(tx, ctx, {
      action: 'participation.settings',
      entity: 'participation_settings',
      entityId: jurisdictionId,
      changes: diffFields(before, body, ['useStudyState', 'labels']),
    });
  });
  return readSettings(db, ctx);
}
