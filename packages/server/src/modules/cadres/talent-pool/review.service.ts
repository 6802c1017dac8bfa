import { POOL_LEVEL_LABELS, type PoolCandidate, type PoolReview } from '@dandang/shared/cadres/talent-pool.schema';
import { chinaDateOf, isBefore, yearOf } from '@dandang/shared/dates/date';
import { TALENT_LEVELS, type TalentLevel } from '@dandang/shared/policy/policy.schema';
import { ageOn, poolEligibility, poolExitReasons, RECENT_GRADE_YEARS } from '@dandang/shared/rules/talent-pool.rules';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { requireUpdated } from '../../../platform/versioning';
import { loadFacts, maxAgeByLevelOn, memberScope, presentMember } from './pool-facts';
import { requirePool } from './pools.service';
import * as repo from './talent-pool.repository';

/** Grades that keep a cadre out of a pool (talent-pool.rules: below COMPETENT, ungraded included). */
const ENTRY_BLOCKING_GRADES = ['BASIC', 'INCOMPETENT', 'UNGRADED'];

/**
 * 推荐人选: cadres in the nominator's scope who pass the entry rule today and hold no open entry in the pool. The
 * query pages in SQL; every row is confirmed by `poolEligibility`, the rule the nomination itself applies.
 */
export async function poolCandidates(db: Db, ctx: RequestContext, poolId: string, query: { keyword?: string; page: number; pageSize: number }) {
  const pool = await requirePool(db, poolId);
  const level = pool.level as TalentLevel;
  const asOf = chinaDateOf(ctx.now);
  const maxAgeByLevel = await maxAgeByLevelOn(db, asOf);
  const year = yearOf(asOf);
  const page = await repo.listCandidates(db, memberScope(ctx, 'talent_pool.nominate'), {
    poolId,
    field: pool.field,
    specialty: pool.specialty,
    level,
    levelLabels: [...new Set([TALENT_LEVELS[level], POOL_LEVEL_LABELS[level]])],
    asOf,
    maxAge: maxAgeByLevel[level],
    gradeYears: [year - RECENT_GRADE_YEARS, year - 1],
    blockingGrades: ENTRY_BLOCKING_GRADES,
    keyword: query.keyword || undefined,
    page: query.page,
    pageSize: query.pageSize,
  });
  const facts = await loadFacts(
    db,
    page.items.map((c) => c.cadreId),
  );
  const items: PoolCandidate[] = [];
  for (const c of page.items) {
    const f = facts.get(c.cadreId);
    if (!f) continue;
    const result = poolEligibility({ birthDate: c.birthDate, asOf, level, maxAgeByLevel, recentGrades: f.grades, measures: f.measures });
    if (result.eligible) items.push({ ...c, age: ageOn(c.birthDate, asOf), ageLimitUntil: result.ageLimitUntil });
  }
  return { asOf, items, total: page.total };
}

/** The day a year's review applies the rules: the year's last day, or today while the year is still running. */
function reviewDay(year: number, today: string) {
  const yearEnd = `${year}-12-31`;
  return isBefore(today, yearEnd) ? today : yearEnd;
}

/** 年度复核: active members in the reader's write scope whom the exit rule takes out on the review day, with why. */
export async function poolReview(db: Db, ctx: RequestContext, poolId: string, year: number): Promise<PoolReview> {
  const pool = await requirePool(db, poolId);
  const asOf = reviewDay(year, chinaDateOf(ctx.now));
  const members = await repo.listMembersByStatus(db, poolId, 'ACTIVE', memberScope(ctx, 'talent_pool.write'));
  const facts = await loadFacts(
    db,
    members.map((m) => m.cadreId),
  );
  const maxAgeByLevel = await maxAgeByLevelOn(db, asOf);
  const items: PoolReview['items'] = [];
  for (const member of members) {
    const f = facts.get(member.cadreId);
    if (!f || !member.enteredOn) continue;
    const reasons = poolExitReasons({
      birthDate: f.birthDate,
      asOf,
      level: pool.level as TalentLevel,
      maxAgeByLevel,
      enteredOn: member.enteredOn,
      grades: f.grades,
      measures: f.measures,
    });
    if (reasons.length > 0) items.push({ member: presentMember(member), reasons });
  }
  return { year, asOf, items };
}

/**
 * 按规则出库: takes out the chosen members that the year's review still lists, each with the first reason as its exit
 * reason and every reason in the note, dated the review day. Members no longer due are left and counted as skipped.
 */
export async function applyReviewExits(db: Db, ctx: RequestContext, poolId: string, body: { year: number; memberIds: string[] }) {
  const review = await poolReview(db, ctx, poolId, body.year);
  const chosen = new Set(body.memberIds);
  const due = review.items.filter((item) => chosen.has(item.member.id));
  await db.transaction(async (tx) => {
    for (const { member, reasons } of due) {
      const values = {
        status: 'EXITED',
        exitedOn: review.asOf,
        exitReason: reasons[0]?.code ?? 'DECISION',
        exitNote: `${body.year}年度复核按规则出库：${reasons.map((r) => r.text).join('；')}`,
        exitedBy: ctx.actor?.userId ?? null,
      };
      requireUpdated(await repo.updateMember(tx, member.id, { version: member.version, status: 'ACTIVE' }, values, ctx.now));
      const after = presentMember((await repo.findMember(tx, member.id, undefined)) as repo.MemberRow);
      await recordAudit(tx, ctx, {
        action: 'talent_pool.exit_by_rule',
        entity: 'talent_pool_member',
        entityId: member.id,
        changes: diffFields(member, after, ['status', 'exitedOn', 'exitReason', 'exitNote']),
      });
    }
  });
  return { exited: due.length, skipped: chosen.size - due.length };
}
