import type { CreatePostInput, UpdatePostInput } from '@dandang/shared/cadres/cadre.schema';
import { dateOfAge, WORK_MIN_AGE } from '@dandang/shared/cadres/cadre-profile.rules';
import { isBefore } from '@dandang/shared/dates/date';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { codeIssues, throwIfIssues } from './cadre-checks';
import * as cadresRepo from './cadres.repository';
import { cadreScope } from './cadres.service';
import { followOpenPost, requireOpenPostUnitWritable } from './current-post';
import * as repo from './posts.repository';

/**
 * 任职经历. A post belongs to its cadre, so the cadre's scope decides who sees and edits it. The unit is optional
 * (posts held before joining this county's registry) and its name is stored as it was, since units are renamed.
 */

const AUDITED = ['cadreId', 'unitId', 'unitName', 'post', 'rank', 'startedOn', 'endedOn', 'isKey'] as const;

async function writableCadre(db: Executor, ctx: RequestContext, cadreId: string) {
  const cadre = await cadresRepo.findCadre(db, cadreId, cadreScope(ctx, 'cadre.write'));
  if (!cadre) throw notFound();
  return cadre;
}

async function writablePost(db: Executor, ctx: RequestContext, id: string) {
  const post = await repo.findPost(db, id, cadreScope(ctx, 'cadre.write'));
  if (!post) throw notFound();
  return post;
}

interface PostFacts {
  unitId: string | null;
  unitName: string;
  rank?: string;
  startedOn: string;
  endedOn: string | null;
  /** The cadre's birth date: nobody holds a post before the legal working age (劳动法 第十五条). */
  birthDate?: string;
}

/** The unit's name when a unit is chosen and no name typed; issues for a missing unit, dates out of order, a bad rank. */
async function resolvePost(db: Executor, p: PostFacts) {
  const issues: FieldIssue[] = [];
  let unitName = p.unitName;
  if (p.unitId) {
    const unit = await cadresRepo.findUnitIn(db, p.unitId, undefined);
    if (!unit) issues.push({ path: 'unitId', message: '所选单位不存在' });
    else unitName ||= unit.name;
  } else if (!unitName) {
    issues.push({ path: 'unitName', message: '请选择任职单位或填写任职单位名称' });
  }
  const adult = p.birthDate ? dateOfAge(p.birthDate, WORK_MIN_AGE) : null;
  if (adult && isBefore(p.startedOn, adult)) issues.push({ path: 'startedOn', message: `任职开始日期不能早于年满${WORK_MIN_AGE}周岁之日（${adult}）` });
  if (p.endedOn && isBefore(p.endedOn, p.startedOn)) issues.push({ path: 'endedOn', message: '任职结束日期不能早于开始日期' });
  issues.push(...(await codeIssues(db, { rank: p.rank })));
  throwIfIssues(issues);
  return unitName;
}

/** At most one open post: a second current post would make "现任职务" ambiguous. Call with the cadre locked. */
async function requireNoOtherOpenPost(tx: Executor, cadreId: string, endedOn: string | null, exceptId?: string) {
  if (endedOn) return;
  const open = await repo.findOpenPost(tx, cadreId, exceptId);
  if (open) {
    const message = `该干部已有未结束的任职（${open.post}），请先填写其任职结束日期`;
    throw new DomainError('STATE_CONFLICT', { fields: [{ path: 'endedOn', message }] }, message);
  }
}

export async function listPosts(db: Db, ctx: RequestContext, cadreId: string) {
  const scope = cadreScope(ctx, 'cadre.read');
  if (!(await cadresRepo.findCadre(db, cadreId, scope))) throw notFound();
  return repo.listPosts(db, cadreId, scope);
}

export async function createPost(db: Db, ctx: RequestContext, cadreId: string, input: CreatePostInput) {
  const cadre = await writableCadre(db, ctx, cadreId);
  const unitName = await resolvePost(db, { ...input, birthDate: cadre.birthDate });
  await requireOpenPostUnitWritable(db, ctx, cadre.unitId, input);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    await cadresRepo.lockCadre(tx, cadreId);
    await requireNoOtherOpenPost(tx, cadreId, input.endedOn);
    await repo.insertPost(tx, { id, cadreId, ...input, unitName }, ctx.now);
    const after = (await repo.findPost(tx, id, undefined)) as repo.PostRow;
    await recordAudit(tx, ctx, { action: 'cadre_post.create', entity: 'cadre_post', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    await followOpenPost(tx, ctx, after);
    return after;
  });
}

export async function updatePost(db: Db, ctx: RequestContext, id: string, input: UpdatePostInput) {
  const before = await writablePost(db, ctx, id);
  const { version, ...values } = input;
  const unitId = values.unitId !== undefined ? values.unitId : before.unitId;
  // A newly chosen unit brings its name unless one is typed; otherwise the name kept so far stays.
  const unitChanged = values.unitId !== undefined && values.unitId !== before.unitId;
  const typedName = values.unitName ?? (unitChanged && unitId ? '' : before.unitName);
  const endedOn = values.endedOn !== undefined ? values.endedOn : before.endedOn;
  const rankChanged = values.rank !== undefined && values.rank !== before.rank;
  const unitName = await resolvePost(db, {
    unitId,
    unitName: typedName,
    rank: rankChanged ? values.rank : '',
    startedOn: values.startedOn ?? before.startedOn,
    endedOn,
    // Only a changed start is held to the age rule, so an old record can still be corrected elsewhere.
    birthDate: values.startedOn === undefined ? undefined : (await cadresRepo.findCadre(db, before.cadreId, undefined))?.birthDate,
  });
  const cadreUnitId = (await cadresRepo.findCadre(db, before.cadreId, undefined))?.unitId ?? '';
  await requireOpenPostUnitWritable(db, ctx, cadreUnitId, { unitId, endedOn });
  return db.transaction(async (tx) => {
    await cadresRepo.lockCadre(tx, before.cadreId);
    await requireNoOtherOpenPost(tx, before.cadreId, endedOn, id);
    requireUpdated(await repo.updatePost(tx, id, version, { ...values, unitName }));
    const after = (await repo.findPost(tx, id, undefined)) as repo.PostRow;
    await recordAudit(tx, ctx, { action: 'cadre_post.update', entity: 'cadre_post', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    await followOpenPost(tx, ctx, after);
    return after;
  });
}

export async function deletePost(db: Db, ctx: RequestContext, id: string, version?: number) {
  const before = await writablePost(db, ctx, id);
  await db.transaction(async (tx) => {
    requireUpdated(await repo.deletePost(tx, id, version));
    await recordAudit(tx, ctx, { action: 'cadre_post.delete', entity: 'cadre_post', entityId: id, changes: diffFields(before, null, [...AUDITED]) });
  });
}
