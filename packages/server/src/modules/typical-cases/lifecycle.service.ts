import { describeFindings, type Finding, findIdentifyingIn, type KnownIdentifiers, REDACTION_KINDS } from '@dandang/shared/typical-cases/redaction.rules';
import { TEXT_FIELD_LABELS, type TextField } from '@dandang/shared/typical-cases/typical-case.codes';
import type { publishTypicalCaseBody, reworkTypicalCaseBody, withdrawTypicalCaseBody } from '@dandang/shared/typical-cases/typical-case.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, type FieldIssue } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { sourceCaseRow } from './source.repository';
import { loadSource } from './source.service';
import { textFields } from './typical-case.view';
import * as repo from './typical-cases.repository';
import { lockForAction } from './write-lock';

/*
 * 发布、撤回、重新编辑. Publishing checks the text again against every name the source case holds now (a correction
 * task or an appeal may have named someone since the draft), and refuses while one remains, naming the field and
 * what is left. A withdrawn case goes back to a draft for rework and may be published again.
 */

function union(a: KnownIdentifiers, b: KnownIdentifiers): KnownIdentifiers {
  const merge = (x: readonly string[] = [], y: readonly string[] = []) => [...new Set([...x, ...y])];
  return {
    people: merge(a.people, b.people),
    units: merge(a.units, b.units),
    jurisdiction: b.jurisdiction ?? a.jurisdiction,
    colleagues: merge(a.colleagues, b.colleagues),
  };
}

/** One issue per field, naming everything left in it, so an editor can show it under that field. */
function fieldIssues(findings: ReadonlyArray<Finding & { field: TextField }>): FieldIssue[] {
  const byField = new Map<TextField, string[]>();
  for (const f of findings) byField.set(f.field, [...(byField.get(f.field) ?? []), `${REDACTION_KINDS[f.kind]}“${f.text}”`]);
  return [...byField].map(([path, left]) => ({ path, message: `仍含有${left.join('、')}，请改写后再发布` }));
}

const stamp = (ctx: RequestContext) => ctx.actor?.displayName ?? '系统';

export async function publishTypicalCase(db: Db, ctx: RequestContext, id: string, body: z.output<typeof publishTypicalCaseBody>): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, ctx, id, 'publish', body.version);
    const sourceRow = await sourceCaseRow(tx, row.sourceCaseId);
    if (!sourceRow) throw new DomainError('STATE_CONFLICT', undefined, '来源案件已不存在，不能发布');
    // The source must still stand decided: a corrected accountability decision is no case to teach from.
    const known = union(row.identifiers, (await loadSource(tx, sourceRow)).identifiers);
    const remaining = findIdentifyingIn(textFields(row), known).filter((f) => f.blocking);
    if (remaining.length > 0) {
      throw new DomainError(
        'REDACTION_INCOMPLETE',
        { fields: fieldIssues(remaining), remaining: remaining.map(({ field, kind, text }) => ({ field, kind, text })) },
        `以下内容仍可识别当事人，请修改后再发布：${describeFindings(remaining, TEXT_FIELD_LABELS)}`,
      );
    }
    const values = {
      state: 'PUBLISHED' as const,
      publishedAt: ctx.now,
      publishedByName: stamp(ctx),
      identifiers: known,
      withdrawnAt: null,
      withdrawnByName: null,
      withdrawnReason: null,
    };
    requireUpdated(await repo.updateTypicalCase(tx, id, row.version, values, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'typical_case.publish',
      entity: 'typical_case',
      entityId: id,
      changes: { state: { before: row.state, after: 'PUBLISHED' }, reviewed: { before: null, after: body.reviewed } },
    });
  });
}

export async function withdrawTypicalCase(db: Db, ctx: RequestContext, id: string, body: z.output<typeof withdrawTypicalCaseBody>): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, ctx, id, 'withdraw', body.version);
    const values = { state: 'WITHDRAWN' as const, withdrawnAt: ctx.now, withdrawnByName: stamp(ctx), withdrawnReason: body.reason };
    requireUpdated(await repo.updateTypicalCase(tx, id, row.version, values, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'typical_case.withdraw',
      entity: 'typical_case',
      entityId: id,
      changes: { state: { before: row.state, after: 'WITHDRAWN' }, reason: { before: null, after: body.reason } },
    });
  });
}

/** A withdrawn case back to a draft; the withdrawal stays on record until it is published again. */
export async function reworkTypicalCase(db: Db, ctx: RequestContext, id: string, body: z.output<typeof reworkTypicalCaseBody>): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, ctx, id, 'rework', body.version);
    requireUpdated(await repo.updateTypicalCase(tx, id, row.version, { state: 'DRAFT' }, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'typical_case.rework',
      entity: 'typical_case',
      entityId: id,
      changes: { state: { before: row.state, after: 'DRAFT' } },
    });
  });
}
