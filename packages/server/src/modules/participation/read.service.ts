import { chinaDateOf } from '@dandang/shared/dates/date';
import { checkAction, maskPhone, milestoneProgress, publicText } from '@dandang/shared/participation/participation.rules';
import type { listQuery } from '@dandang/shared/participation/participation.schema';
import { SUBMISSION_ACTION_CODES, SUBMISSION_ACTIONS } from '@dandang/shared/participation/participation.states';
import type { SubmissionDetail, SubmissionRow } from '@dandang/shared/participation/participation-view.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db, Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { holds } from '../org';
import { type ParticipationPermission, submissionScope } from './participation.policy';
import * as repo from './participation.repository';
import { eventLabel, stateOf, toMilestone, toReward, toRow } from './participation.view';
import { type JurisdictionSettings, settingsFor } from './settings.service';

/** The submission if the actor's scope of `permission` reaches it; otherwise not found (its existence is not revealed). */
export async function requireSubmission(db: Executor, ctx: RequestContext, id: string, permission: ParticipationPermission) {
  const row = await repo.findSubmission(db, id, submissionScope(ctx.actor, permission));
  if (!row) throw notFound();
  return row;
}

interface Contact {
  name: string;
  phone: string;
}
const contactOf = (cipher: FieldCipher, enc: string | null): Contact | null => (enc ? (JSON.parse(cipher.decrypt(enc)) as Contact) : null);

/** 列表 (staff): the reader's scope, with deadline and overdue flags; one settings read per jurisdiction on the page. */
export async function listSubmissions(db: Db, ctx: RequestContext, query: z.output<typeof listQuery>) {
  const today = chinaDateOf(ctx.now);
  const page = await repo.listSubmissions(
    db,
    {
      scope: submissionScope(ctx.actor, 'participation.read'),
      kind: query.kind,
      state: query.state,
      overdueOn: query.overdue ? today : undefined,
      q: query.q || undefined,
    },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  const settings = new Map<string, JurisdictionSettings>();
  const items: SubmissionRow[] = [];
  for (const r of page.items) {
    const own = settings.get(r.jurisdictionId) ?? (await settingsFor(db, r.jurisdictionId));
    settings.set(r.jurisdictionId, own);
    items.push(toRow(r, own, today));
  }
  return { items, total: page.total };
}

/** 详情 (staff): the phone masked, the original text only for moderators, and which steps are open now and why not. */
export async function submissionDetail(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string): Promise<SubmissionDetail> {
  const r = await requireSubmission(db, ctx, id, 'participation.read');
  const settings = await settingsFor(db, r.jurisdictionId);
  const [events, milestones, reward] = await Promise.all([repo.eventsOf(db, id), repo.milestonesOf(db, id), repo.rewardOf(db, id)]);
  const contact = contactOf(cipher, r.s.contactEnc);
  const text = publicText(r.s);
  const moderated = r.s.moderatedAt !== null;
  const openMilestones = milestones.filter((m) => m.doneOn === null).length;
  return {
    ...toRow(r, settings, chinaDateOf(ctx.now)),
    content: text.content,
    anonymous: r.s.anonymous,
    contact: contact ? { name: contact.name, phoneMasked: maskPhone(contact.phone) } : null,
    enterprise: r.s.enterpriseName ? { name: r.s.enterpriseName, creditCode: r.s.creditCode ?? '' } : null,
    original: moderated && holds(ctx.actor, 'participation.moderate') ? { title: r.s.title, content: r.s.content } : null,
    moderation: moderated
      ? { hidden: r.s.hidden, reason: r.s.moderationReason ?? '', byName: r.s.moderatedByName ?? '', at: (r.s.moderatedAt as Date).toISOString() }
      : null,
    answer: r.s.answer,
    answeredByName: r.s.answeredByName,
    milestones: milestones.map(toMilestone),
    progress: milestoneProgress(milestones),
    reward: reward ? toReward(reward) : null,
    ratingComment: r.s.ratingComment,
    events: events.map((e) => ({
      at: e.at.toISOString(),
      actorName: e.actorName,
      label: eventLabel(e.action),
      state: stateOf(settings, r, e.state),
      note: e.note,
    })),
    actions: SUBMISSION_ACTION_CODES.map((action) => ({
      action,
      label: SUBMISSION_ACTIONS[action].label,
      ...checkAction(action, { state: r.s.state, useStudyState: settings.useStudyState, openMilestones }),
    })),
    version: r.s.version,
  };
}

/** The full name and phone, for the handler who calls back; every read is audited (the number itself is not). */
export async function readContact(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string): Promise<Contact> {
  const r = await requireSubmission(db, ctx, id, 'participation.handle');
  const contact = contactOf(cipher, r.s.contactEnc);
  if (!contact) throw notFound();
  await db.transaction((tx) => recordAudit(tx, ctx, { action: 'participation.read_contact', entity: 'participation_submission', entityId: id }));
  return contact;
}
