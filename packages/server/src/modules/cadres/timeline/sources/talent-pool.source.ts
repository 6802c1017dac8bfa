import { EXIT_REASON_LABELS, type ExitReason } from '@dandang/shared/cadres/talent-pool.schema';
import type { TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { and, eq } from 'drizzle-orm';
import { cadres } from '../../cadres.tables';
import { talentPoolMembers, talentPools } from '../../talent-pool.tables';
import type { TimelineSource } from '../timeline.registry';

/** 优秀年轻干部库: nomination, entry (or rejection) and exit, per pool. */
export const talentPoolSource: TimelineSource = {
  source: 'talent_pool',
  label: '优秀年轻干部库',
  permission: 'talent_pool.read',
  async entries(db, cadreId, scope) {
    const rows = await db
      .select({
        pool: talentPools.name,
        status: talentPoolMembers.status,
        reason: talentPoolMembers.reason,
        nominatedAt: talentPoolMembers.nominatedAt,
        decidedAt: talentPoolMembers.decidedAt,
        decisionNote: talentPoolMembers.decisionNote,
        enteredOn: talentPoolMembers.enteredOn,
        exitedOn: talentPoolMembers.exitedOn,
        exitReason: talentPoolMembers.exitReason,
        exitNote: talentPoolMembers.exitNote,
      })
      .from(talentPoolMembers)
      .innerJoin(talentPools, eq(talentPools.id, talentPoolMembers.poolId))
      .innerJoin(cadres, eq(cadres.id, talentPoolMembers.cadreId))
      .where(and(eq(talentPoolMembers.cadreId, cadreId), scope));
    return rows.flatMap((m) => {
      const source = 'talent_pool';
      const entries: TimelineEntry[] = [
        { date: chinaDateOf(m.nominatedAt), kind: 'talent_pool.nominate', title: `推荐进入${m.pool}`, detail: m.reason, source },
      ];
      if (m.enteredOn) entries.push({ date: m.enteredOn, kind: 'talent_pool.enter', title: `进入${m.pool}`, detail: m.decisionNote, source });
      if (m.status === 'REJECTED' && m.decidedAt) {
        entries.push({ date: chinaDateOf(m.decidedAt), kind: 'talent_pool.reject', title: `未通过${m.pool}入库审批`, detail: m.decisionNote, source });
      }
      if (m.exitedOn) {
        const why = [m.exitReason ? (EXIT_REASON_LABELS[m.exitReason as ExitReason] ?? m.exitReason) : '', m.exitNote].filter(Boolean).join('：');
        entries.push({ date: m.exitedOn, kind: 'talent_pool.exit', title: `退出${m.pool}`, detail: why, source });
      }
      return entries;
    });
  },
};
