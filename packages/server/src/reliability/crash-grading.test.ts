import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client';
import { DrillClient } from './drill-client';
import { advance, type CycleUnderGrading, cycleReadyToGrade, gradingState } from './drill-grading';
import { DRILL_ROWS } from './drill-import';
import { killWhileWriting, watchTarget } from './drill-kill';
import { reportFigures } from './drill-report';
import { createTarget, type DrillTarget, postgresServer } from './drill-target';
import { runCli, ServerProcess } from './server-process';

/*
 * kill -9 while a cycle enters 定等 (every participant graded against quotas and measures, in one transaction).
 * Afterwards the cycle is either still in 评分 with no grade or in 定等 with every grade, the audit chain is intact, and
 * 进入定等 then goes through. On PostgreSQL only: the drill seeds thousands of units and cadres with SQL from beside
 * the running server, which PGlite's single-process data directory does not allow; the PGlite data directory is
 * drilled on the import (crash-import.test.ts).
 */

describe.skipIf(!postgresServer)(`[reliability] kill -9 while ${DRILL_ROWS} cadres are graded (PostgreSQL; PGlite is drilled on the import)`, () => {
  let target: DrillTarget;
  let database: Database;
  let server: ServerProcess;
  let cycle: CycleUnderGrading;

  beforeAll(async () => {
    target = await createTarget('postgresql');
    await runCli(target, ['seed', '--demo', '--cadres', '200']);
    database = await target.open();
    server = (await ServerProcess.start(target)).server;
    cycle = await cycleReadyToGrade(database, await DrillClient.signIn(server.baseUrl, 'demo_org'), DRILL_ROWS);
  }, 300_000);

  afterAll(async () => {
    await ServerProcess.killAll();
    await database?.close();
    await target?.remove();
  });

  it('leaves the cycle wholly graded or not at all, restarts clean, and grading then goes through', async () => {
    const org = await DrillClient.signIn(server.baseUrl, 'demo_org');
    const watch = await watchTarget(target);
    const asked = performance.now();
    const answer = advance(org, cycle.id, cycle.version, 'GRADING').then(
      () => 'answered',
      () => 'cut off',
    );
    const howFar = await killWhileWriting(server, watch, 'assessment_grades');
    const killedAfterMs = Math.round(performance.now() - asked);
    await watch.close();
    expect(await answer).toBe('cut off');

    const after = await gradingState(database, cycle.id);
    const whole = after.state === 'GRADING';
    expect(after.grades).toBe(whole ? cycle.participants : 0);
    if (!whole) expect(after).toEqual({ state: 'SCORING', grades: 0, pools: 0 });
    expect((await runCli(target, ['audit', 'verify'])).stdout).toContain('审计链完整');

    const { server: again, readyMs } = await ServerProcess.start(target);
    const org2 = await DrillClient.signIn(again.baseUrl, 'demo_org');
    const current = await org2.json<{ version: number; state: string }>('GET', `/api/v1/assessment/cycles/${cycle.id}`);
    if (current.state === 'SCORING') await advance(org2, cycle.id, current.version, 'GRADING');
    const graded = await gradingState(database, cycle.id);
    expect(graded.state).toBe('GRADING');
    expect(graded.grades).toBe(cycle.participants);
    await again.stop();
    expect((await runCli(target, ['audit', 'verify'])).stdout).toContain('审计链完整');
    reportFigures(
      `[crash-grading] killed ${killedAfterMs} ms into 进入定等 (${howFar}); ${whole ? 'all' : 'none'} of it kept; restart to health 200 in ${readyMs} ms`,
    );
  }, 300_000);
});
