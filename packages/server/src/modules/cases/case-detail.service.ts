import { CASE_LINK_KINDS, type CaseDetail } from '@dandang/shared/cases/case.schema';
import { availableTransitions } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { holds } from '../org';
import { contributors, reaches, readableCase } from './case-access';
import { EVENT_LABELS } from './case-events';
import * as repo from './cases.repository';
import { toCaseView } from './cases.view';
import { readableTypes } from './readable-types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Links as the reader may see them: a linked case out of their scope shows its number and type only. */
async function linkViews(db: Executor, ctx: RequestContext, caseId: string) {
  const links = await repo.linksOf(db, caseId);
  const visible = await repo.visibleCaseIds(
    db,
    links.map((l) => l.other.id),
    readableTypes(ctx),
  );
  return links.map(({ link, other }) => {
    const seen = visible.has(other.id);
    return {
      id: link.id,
      kind: link.kind,
      kindLabel: CASE_LINK_KINDS[link.kind],
      caseId: other.id,
      number: other.number,
      type: other.type,
      title: seen ? other.title : null,
      stateLabel: seen ? (WORKFLOWS[other.type].states[other.state]?.label ?? other.state) : null,
    };
  });
}

/** A case's page: the case, its timeline, comments, files, links, extensions, and what the reader may do next. */
export async function caseDetail(db: Executor, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const { workflow, row } = await readableCase(db, ctx, id);
  const stateOf = (s: string | null) => (s ? (workflow.states[s]?.label ?? s) : '');
  const actionLabel = (a: string) => EVENT_LABELS[a] ?? workflow.transitions.find((t) => t.action === a)?.label ?? a;
  const [events, comments, attachments, links, extensions] = await Promise.all([
    repo.eventsOf(db, id),
    repo.commentsOf(db, id),
    repo.attachmentsOf(db, id),
    linkViews(db, ctx, id),
    repo.extensionsOf(db, id),
  ]);
  const canWork = await reaches(db, ctx, id, [workflow.workPermission]);
  const internal = new Set(workflow.transitions.filter((t) => t.internal).map((t) => t.action));
  const actions = [];
  for (const t of availableTransitions(workflow, row.case.state, (p) => holds(ctx.actor, p))) {
    if (await reaches(db, ctx, id, [t.permission])) {
      actions.push({ action: t.action, label: t.label, to: t.to, required: { ...(t.required ?? {}) }, noteRequired: t.noteRequired === true });
    }
  }
  return {
    case: toCaseView(row, ctx.now),
    events: events
      .map((e) => (canWork || !internal.has(e.action) ? e : { ...e, note: '', fields: {} }))
      .map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorName: e.actorName,
        action: e.action,
        actionLabel: actionLabel(e.action),
        fromState: e.fromState,
        toState: e.toState,
        toStateLabel: stateOf(e.toState),
        note: e.note,
        fields: e.fields,
      })),
    comments: comments.map((c) => ({ id: c.id, at: c.at.toISOString(), authorName: c.authorName, body: c.body })),
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, uploadedAt: a.uploadedAt.toISOString(), uploaderName: a.uploaderName })),
    links,
    extensions: extensions.map((x) => ({
      id: x.id,
      state: x.state,
      stateLabel: stateOf(x.state),
      workdays: x.workdays,
      reason: x.reason,
      status: x.status as 'PENDING' | 'APPROVED' | 'REFUSED',
      requestedAt: x.requestedAt.toISOString(),
      requesterName: x.requesterName,
      decidedAt: iso(x.decidedAt),
      deciderName: x.deciderName,
      answer: x.answer,
      version: x.version,
    })),
    actions,
    canWork: canWork || (await reaches(db, ctx, id, contributors(workflow))),
    canApproveExtension: workflow.extension ? await reaches(db, ctx, id, [workflow.extension.approvePermission]) : false,
  };
}
