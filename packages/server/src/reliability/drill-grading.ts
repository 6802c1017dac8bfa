import { type Database, queryRows, sql } from '../platform/db/client';
import type { DrillClient } from './drill-client';

/*
 * A cycle to grade at scale: units of 50 cadres written straight into the database (the demo county has a few dozen
 * units), everything else through the API as the organisation department would do it, up to the scoring stage with
 * every score computed. Entering 定等 is then the one step the drill interrupts.
 */

const PER_UNIT = 50;

export interface CycleUnderGrading {
  id: string;
  version: number;
  participants: number;
}

/** `cadres` (a multiple of 50) new cadres in new units under a new department; answers that department's id. */
async function addUnitsAndCadres(database: Database, cadres: number): Promise<string> {
  const db = database.db;
  const [root] = await queryRows<{ id: string; jurisdiction_id: string; path: string }>(
    db,
    sql`select id, jurisdiction_id, path from units where parent_id is null limit 1`,
  );
  if (!root) throw new Error('the demo county has no root unit');
  const [parent] = await queryRows<{ id: string }>(
    db,
    sql`insert into units (jurisdiction_id, parent_id, name, code, type, path, sort_order)
        values (${root.jurisdiction_id}, ${root.id}, '演练考核单位', 'DRILL-ROOT', 'department', '', 999) returning id`,
  );
  const parentId = (parent as { id: string }).id;
  const parentPath = `${root.path}${parentId}/`;
  await db.execute(sql`update units set path = ${parentPath} where id = ${parentId}`);
  await db.execute(sql`insert into units (jurisdiction_id, parent_id, name, code, type, path, sort_order)
    select ${root.jurisdiction_id}, ${parentId}, '演练单位' || n, 'DRILL-' || n, 'department', '', n from generate_series(1, ${cadres / PER_UNIT}) n`);
  await db.execute(sql`update units set path = ${parentPath} || id || '/' where parent_id = ${parentId}`);
  await db.execute(sql`insert into cadres (name, gender, birth_date, ethnicity, education, political_status, unit_id, post, rank)
    select '演练干部' || u.sort_order || '-' || n, '1', '1985-06-01', '01', '21', '01', u.id, '科员', 'clerk_1'
    from units u cross join generate_series(1, ${PER_UNIT}) n where u.parent_id = ${parentId}`);
  await db.execute(sql`analyze`);
  return parentId;
}

/** An annual cycle over the new units, advanced to 评分 with every result entered and scored. */
export async function cycleReadyToGrade(database: Database, org: DrillClient, cadres: number): Promise<CycleUnderGrading> {
  const unitId = await addUnitsAndCadres(database, cadres);
  const indicator = await org.json<{ id: string }>('POST', '/api/v1/assessment/indicators', {
    code: 'DRILL_TASKS',
    name: '重点任务完成率（演练）',
    definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
  });
  const scheme = await org.json<{ id: string }>('POST', '/api/v1/assessment/schemes', {
    name: '个人年度考核（演练）',
    category: 'INDIVIDUAL',
    items: [{ indicatorId: indicator.id, weight: 100 }],
    formula: 'indicators',
  });
  const cycle = await org.json<{ id: string; version: number }>('POST', '/api/v1/assessment/cycles', {
    name: '年度考核（演练）',
    kind: 'ANNUAL',
    year: 2026,
    unitIds: [unitId],
    schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
    stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
  });
  const opened = await advance(org, cycle.id, cycle.version, 'OPEN');
  // Every result entered as the score dialogs would: a target of 100, a result of 40–100.
  await database.db.execute(sql`update assessment_results set entries = jsonb_build_object('items', jsonb_build_object(${indicator.id}::text,
      jsonb_build_object('target', 100, 'actual', 40 + (abs(hashtext(participant_id::text)) % 6100) / 100.0)), 'adjustments', '{}'::jsonb)
    where cycle_id = ${cycle.id}`);
  const scoring = await advance(org, cycle.id, opened.version, 'SCORING');
  await org.json('POST', `/api/v1/assessment/cycles/${cycle.id}/scores/recompute`);
  return { id: cycle.id, version: scoring.version, participants: cadres };
}

export function advance(org: DrillClient, cycleId: string, version: number, to: string): Promise<{ version: number; state: string }> {
  return org.json('POST', `/api/v1/assessment/cycles/${cycleId}/advance`, { version, to });
}

/** The cycle's stage and how many grades and pools it holds. */
export async function gradingState(database: Database, cycleId: string) {
  const [row] = await queryRows<{ state: string; grades: number; pools: number }>(
    database.db,
    sql`select state, (select count(*)::int from assessment_grades where cycle_id = ${cycleId}) as grades,
          (select count(*)::int from assessment_pools where cycle_id = ${cycleId}) as pools
        from assessment_cycles where id = ${cycleId}`,
  );
  return row as { state: string; grades: number; pools: number };
}
