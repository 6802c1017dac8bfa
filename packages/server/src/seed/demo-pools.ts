import { dateOfAge } from '@dandang/shared/cadres/cadre-profile.rules';
import { addDays, fromDayNumber, isBefore, toDayNumber } from '@dandang/shared/dates/date';
import type { GradeRow, MeasureRow } from './demo-measures';
import { demoId, type Random } from './random';

/**
 * 优秀年轻干部库 of the demo county: four pools by field and level, each with approved (ACTIVE) members and a few
 * still NOMINATED. Members are drawn as the pool's rules would suggest them: within the level's age line (the
 * CN-national default: 35 for 科级, 40 for 处级), no measure on record, and no grade below 称职.
 */

const POOLS = [
  { name: '经济发展 科级', field: '经济发展', specialty: '招商引资', level: 'SECTION', maxAge: 35, description: '熟悉产业发展、招商引资和营商环境的年轻干部' },
  { name: '乡村振兴 科级', field: '乡村振兴', specialty: '农业农村', level: 'SECTION', maxAge: 35, description: '在乡镇一线和驻村工作中表现突出的年轻干部' },
  { name: '社会治理 科级', field: '社会治理', specialty: '基层治理', level: 'SECTION', maxAge: 35, description: '熟悉基层治理、信访和应急管理的年轻干部' },
  { name: '党建 处级', field: '党的建设', specialty: '组织工作', level: 'DIVISION', maxAge: 40, description: '党务工作经验丰富、可堪重用的年轻干部' },
] as const;

const REASONS = [
  '近三年年度考核均为称职以上，牵头完成重点项目，群众评价好',
  '在乡镇工作五年以上，驻村帮扶成效明显',
  '业务能力突出，在急难险重任务中表现优秀',
  '政治素质好，敢于担当，多次获得嘉奖',
];

export interface PoolCadre {
  id: string;
  birth_date: string;
}

export function makePools(
  random: Random,
  cadres: readonly PoolCadre[],
  measures: readonly MeasureRow[],
  grades: readonly GradeRow[],
  orgUserId: string,
  today: string,
) {
  const barred = new Set(measures.map((m) => m.cadre_id));
  for (const g of grades) if (g.grade !== 'EXCELLENT' && g.grade !== 'COMPETENT') barred.add(g.cadre_id);
  const pools = POOLS.map(({ maxAge: _, ...p }) => ({ id: demoId(random), ...p, active: true, version: 1 }));
  const members: object[] = [];
  const perPool = 6 + Math.floor(cadres.length / 150);
  const order = random.permutation(cadres.length);
  let cursor = 0;
  const todayNumber = toDayNumber(today);
  for (const [i, pool] of pools.entries()) {
    const maxAge = (POOLS[i] as (typeof POOLS)[number]).maxAge;
    for (let n = 0; n < perPool && cursor < order.length; ) {
      const cadre = cadres[order[cursor++] as number] as PoolCadre;
      // Within the age line today: not yet turned maxAge + 1.
      if (barred.has(cadre.id) || !isBefore(today, dateOfAge(cadre.birth_date, maxAge + 1))) continue;
      n++;
      const nominatedOn = fromDayNumber(todayNumber - random.int(30, 400));
      const active = random.next() < 0.7;
      const enteredOn = active ? addDays(nominatedOn, random.int(20, 60)) : null;
      members.push({
        id: demoId(random),
        pool_id: pool.id,
        cadre_id: cadre.id,
        status: active ? 'ACTIVE' : 'NOMINATED',
        reason: random.pick(REASONS),
        nominated_by: orgUserId,
        nominated_at: `${nominatedOn}T09:30:00+08:00`,
        decided_by: active ? orgUserId : null,
        decided_at: enteredOn ? `${enteredOn}T15:00:00+08:00` : null,
        decision_note: active ? '经部务会研究同意入库' : '',
        entered_on: enteredOn,
        version: 1,
      });
    }
  }
  return { pools, members };
}
