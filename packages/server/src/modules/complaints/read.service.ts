import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES } from '@dandang/shared/complaints/complaint.codes';
import type { complaintListQuery } from '@dandang/shared/complaints/complaint.schema';
import { COMPLAINT_WORKFLOW } from '@dandang/shared/complaints/complaint.states';
import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { findRepeatedReports } from '@dandang/shared/complaints/repeated-reports.rules';
import { COMPLAINT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { caseScope, reaches, requireCase, toCaseView } from '../cases';
import { toClarificationView } from './clarification.view';
import * as repo from './complaints.repository';
import { falseAccusationOf } from './false-accusation.service';
import { correctedMeasuresOf } from './measure-correction.service';

/**
 * 重复举报 for a set of accused cadres: the earlier concluded complaints the reader may read about any of them. Used
 * at intake (before the case exists) and on the complaint page.
 */
export async function repeatedReportsAbout(db: Executor, ctx: RequestContext, caseId: string | null, cadreIds: readonly string[]) {
  const earlier = await repo.concludedAbout(db, cadreIds, caseScope(ctx, 'complaint.read'));
  return findRepeatedReports({ caseId, cadreIds }, earlier).repeated;
}

/** A complaint's page, without the complainant's identity (that has its own audited route). */
export async function complaintDetail(db: Executor, ctx: RequestContext, id: string): Promise<ComplaintDetail> {
  const caseRow = await requireCase(db, ctx, COMPLAINT_WORKFLOW, id);
  const row = await repo.findComplaint(db, id);
  // A COMPLAINT case opened without this module has no complaint part to show.
  if (!row) throw notFound();
  const [accused, handlers, notes, clarifications, canSeeIdentity, correctedMeasures] = await Promise.all([
    repo.accusedOf(db, id),
    repo.handlersOf(db, id),
    repo.notesOf(db, id),
    repo.clarificationsOf(db, id),
    reaches(db, ctx, id, ['complaint.identity']),
    correctedMeasuresOf(db, id),
  ]);
  const repeated = await repeatedReportsAbout(
    db,
    ctx,
    id,
    accused.map((a) => a.cadreId),
  );
  const conclusion = row.conclusion;
  const position = (cadreId: string) => accused.findIndex((a) => a.cadreId === cadreId);
  clarifications.sort((x, y) => position(x.cadreId) - position(y.cadreId));
  return {
    case: toCaseView(caseRow, ctx.now),
    channel: { code: row.channel, label: COMPLAINT_CHANNELS[row.channel] },
    anonymous: row.anonymous,
    classification: { code: row.classification, label: COMPLAINT_CLASSES[row.classification] },
    matter: row.matter,
    receivedOn: row.receivedOn,
    accused,
    handlers,
    notes: notes.map((n) => ({ id: n.id, at: n.at.toISOString(), authorName: n.authorName, body: n.body })),
    conclusion: conclusion
      ? { code: conclusion, label: COMPLAINT_CONCLUSIONS[conclusion], grounds: row.conclusionGrounds ?? '', concludedOn: row.concludedOn ?? '' }
      : null,
    repeated,
    // A clarification exists only after a conclusion (proposing one requires it); listed in the order of the accused.
    clarifications: conclusion ? clarifications.map((c) => toClarificationView(c, accused.find((a) => a.cadreId === c.cadreId)?.name ?? '', conclusion)) : [],
    canSeeIdentity,
    correctedMeasures,
    falseAccusation: await falseAccusationOf(db, id, conclusion),
  };
}

export async function listComplaints(db: Executor, ctx: RequestContext, query: z.output<typeof complaintListQuery>) {
  const [rows, [total]] = await repo.listComplaints(
    db,
    { scope: caseScope(ctx, 'complaint.read'), state: query.state, q: query.q },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return {
    items: rows.map((r) => ({
      case: toCaseView(r, ctx.now),
      channel: { code: r.complaint.channel, label: COMPLAINT_CHANNELS[r.complaint.channel] },
      anonymous: r.complaint.anonymous,
      conclusion: r.complaint.conclusion ? { code: r.complaint.conclusion, label: COMPLAINT_CONCLUSIONS[r.complaint.conclusion] } : null,
    })),
    total: total?.n ?? 0,
  };
}
