import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, sql } from '../platform/db/client';
import { DrillClient } from './drill-client';
import { DRILL_ROWS, importRoster, startCommit, uploadRoster, writeRoster } from './drill-import';
import { killWhileWriting, watchTarget } from './drill-kill';
import { reportFigures } from './drill-report';
import { createTarget, type DrillTarget, engineUnderTest, readTarget } from './drill-target';
import { runCli, ServerProcess } from './server-process';

/*
 * kill -9 while a roster import's commit is writing its rows (DOMAIN: an import is all or nothing). Afterwards the
 * database holds the whole import or none of it, the audit chain is intact, the server starts again, and the same
 * import then goes through. On PostgreSQL by default; on the PGlite data directory without TEST_DATABASE_URL.
 */

async function imported(database: Database) {
  const [row] = await queryRows<{ cadres: number; imports: number }>(
    database.db,
    sql`select (select count(*)::int from cadres) as cadres, (select count(*)::int from audit_log where action = 'cadre.import') as imports`,
  );
  return row as { cadres: number; imports: number };
}

/** The job's progress as last written (inside the commit's transaction it is written from another connection only on PostgreSQL). */
async function jobProgress(database: Database, jobId: string): Promise<string> {
  const [job] = await queryRows<{ done: number; total: number }>(database.db, sql`select done, total from background_jobs where id = ${jobId}`);
  return `${job?.done}/${job?.total}`;
}

describe(`[reliability] kill -9 during a ${DRILL_ROWS}-row roster import (${engineUnderTest})`, () => {
  let target: DrillTarget;
  let roster: string;

  beforeAll(async () => {
    target = await createTarget();
    await runCli(target, ['seed', '--demo', '--cadres', '200']);
    roster = await writeRoster(target, DRILL_ROWS);
  }, 300_000);

  afterAll(async () => {
    await ServerProcess.killAll();
    await target?.remove();
  });

  it('leaves all or nothing of the import, restarts clean, and the import then goes through', async () => {
    const before = await readTarget(target, imported);
    const { server } = await ServerProcess.start(target);
    const org = await DrillClient.signIn(server.baseUrl, 'demo_org');
    const checked = await uploadRoster(org, roster);
    const watch = await watchTarget(target);
    const commitAsked = performance.now();
    await startCommit(org, checked.id);
    const howFar = await killWhileWriting(server, watch, 'cadres');
    const killedAfterMs = Math.round(performance.now() - commitAsked);
    await watch.close();

    // The product is the first to open what the kill left (on PGlite it recovers the data directory itself).
    const { server: restarted, readyMs } = await ServerProcess.start(target);
    expect((await fetch(`${restarted.baseUrl}/api/health`)).status).toBe(200);
    await restarted.stop();
    const [after, reported] = await readTarget(target, (database) => Promise.all([imported(database), jobProgress(database, checked.id)]));
    const whole = after.cadres === before.cadres + DRILL_ROWS;
    expect(after.cadres === before.cadres || whole).toBe(true);
    expect(after.imports).toBe(before.imports + (whole ? 1 : 0));
    expect((await runCli(target, ['audit', 'verify'])).stdout).toContain('审计链完整');

    const { server: again } = await ServerProcess.start(target);
    const retried = await importRoster(await DrillClient.signIn(again.baseUrl, 'demo_org'), roster);
    expect(retried.inserts).toBe(whole ? 0 : DRILL_ROWS);
    await again.stop();
    expect(await readTarget(target, imported)).toEqual({ cadres: before.cadres + DRILL_ROWS, imports: before.imports + (whole ? 2 : 1) });
    expect((await runCli(target, ['audit', 'verify'])).stdout).toContain('审计链完整');
    reportFigures(
      `[crash-import ${engineUnderTest}] killed ${killedAfterMs} ms into the commit (${howFar}; progress last reported ${reported}); ${whole ? 'all' : 'none'} of it kept; restart to health 200 in ${readyMs} ms`,
    );
  }, 300_000);
});
