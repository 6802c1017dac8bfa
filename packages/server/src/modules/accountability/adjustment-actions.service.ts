import { noFields } from '@dandang/shared/accountability/accountability-case.schema';
import { ADJUSTMENT_KIND_LABELS, measureForAdjustment } from '@dandang/shared/accountability/adjustment.rules';
import { type AdjustFields, type AdjustmentView, adjustFields, hearFields, submitFields, verifyFields } from '@dandang/shared/accountability/adjustment.schema';
import { ADJUSTMENT_WORKFLOW } from '@dandang/shared/accountability/adjustment.states';
import type { transitionBody } from '@dandang/shared/cases/case.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { writeCaseMeasures } from '../cadres';
import { requireCase, transitionCase } from '../cases';
import { holds } from '../org';
import * as repo from './adjustments.repository';
import { getAdjustment } from './adjustments.service';
import { parseStepFields } from './step-fields';

/*
 * POST /api/v1/adjustments/:id/actions/:action: 核实 → 听取本人陈述 → 集体研究 → 调整 (or 不予调整) through the engine;
 * the adjustment writes its measure (adjustment.rules: 调离岗位 and 改任职级 → UNFIT_TRANSFER, 免职 → UNFIT_DISMISS,
 * 降职 → ORG_DEMOTE) on the decision's date, with the case as its source, in the transition's transaction.
 */

const FIELDS: Record<string, z.ZodObject> = {
  verify: verifyFields,
  hear: hearFields,
  submit: submitFields,
  adjust: adjustFields,
  dismiss: noFields,
};

type Body = z.output<typeof transitionBody>;

function adjustIssues(f: AdjustFields, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.meetingDate && isBefore(today, f.meetingDate)) issues.push({ path: 'fields.meetingDate', message: '会议日期不能晚于今天' });
  if (f.decidedOn && isBefore(today, f.decidedOn)) issues.push({ path: 'fields.decidedOn', message: '决定日期不能晚于今天' });
  if (f.decidedOn && f.meetingDate && isBefore(f.decidedOn, f.meetingDate))
    issues.push({ path: 'fields.decidedOn', message: '决定日期不能早于集体研究的会议日期' });
  return issues;
}

async function writeAdjustment(tx: Executor, ctx: RequestContext, row: repo.AdjustmentRow, f: AdjustFields) {
  const kind = f.adjustment;
  if (!kind || !f.decidedOn || !f.meetingDate) return;
  const { code } = measureForAdjustment(kind);
  const [measure] = await writeCaseMeasures(tx, ctx, row.facts.cadreId, { type: 'adjustment_case', id: row.case.id }, [
    {
      code,
      effectiveOn: f.decidedOn,
      decidingBody: f.decidingBody || '组织部',
      documentNo: f.documentNo ?? '',
      note: `能上能下调整 ${row.case.number}：${ADJUSTMENT_KIND_LABELS[kind]}`,
    },
  ]);
  const values = { adjustment: kind, meetingDate: f.meetingDate, decidedOn: f.decidedOn, documentNo: f.documentNo ?? '', measureId: measure?.id ?? null };
  await repo.updateAdjustment(tx, row.case.id, values);
  const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { before: null, after: v }]));
  await recordAudit(tx, ctx, { action: 'adjustment_case.adjust', entity: 'adjustment_case', entityId: row.case.id, changes });
}

export async function actOnAdjustment(db: Db, ctx: RequestContext, id: string, action: string, body: Body): Promise<AdjustmentView> {
  await requireCase(db, ctx, ADJUSTMENT_WORKFLOW, id);
  const transition = ADJUSTMENT_WORKFLOW.transitions.find((t) => t.action === action);
  const schema = FIELDS[action];
  if (!transition || !schema) throw validationError([{ path: 'action', message: `没有“${action}”这个办理操作` }]);
  if (!holds(ctx.actor, transition.permission)) throw new DomainError('FORBIDDEN');
  const row = await repo.findAdjustment(db, id);
  if (!row) throw notFound();
  const parsed = parseStepFields(schema, body.fields);
  const fields = parsed.value as AdjustFields;
  const issues = [...parsed.issues, ...(action === 'adjust' ? adjustIssues(fields, chinaDateOf(ctx.now)) : [])];
  await db.transaction(async (tx) => {
    await transitionCase(tx, ctx, ADJUSTMENT_WORKFLOW, id, { action, version: body.version, note: body.note, fields: body.fields }, { issues });
    if (action === 'adjust') await writeAdjustment(tx, ctx, row, fields);
  });
  return getAdjustment(db, ctx, id);
}
