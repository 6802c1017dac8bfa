import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, sql } from '../platform/db/client';
import { DrillClient } from './drill-client';
import { createTarget, type DrillTarget, postgresServer } from './drill-target';
import { runCli, ServerProcess } from './server-process';

/*
 * Two `dandang serve` processes on one PostgreSQL database, as behind a load balancer: requests alternate between
 * them and nothing a user does may depend on which one answers. PGlite is an engine inside one process; a second
 * process cannot open its data directory, so there is nothing to drill there.
 */

interface CadreView {
  id: string;
  name: string;
  post: string;
  version: number;
}

const SWEEP_QUEUE = 'notifications-sweep';

describe.skipIf(!postgresServer)('[reliability] two app processes on one PostgreSQL (PGlite is single-process: skipped)', () => {
  let target: DrillTarget;
  let database: Database;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    target = await createTarget('postgresql');
    await runCli(target, ['seed', '--demo', '--cadres', '200']);
    [a, b] = (await Promise.all([ServerProcess.start(target), ServerProcess.start(target)])).map((s) => s.server) as [ServerProcess, ServerProcess];
    database = await target.open();
  }, 300_000);

  afterAll(async () => {
    await ServerProcess.killAll();
    await database?.close();
    await target?.remove();
  });

  it('a session signed in on one instance works on the other, writes included, and a sign-out on one ends it on both', async () => {
    const org = await DrillClient.signIn(a.baseUrl, 'demo_org');
    org.baseUrl = b.baseUrl;
    expect((await org.json<{ username: string }>('GET', '/api/v1/auth/me')).username).toBe('demo_org');
    const [cadre] = (await org.json<{ items: CadreView[] }>('GET', '/api/v1/cadres?pageSize=1')).items;
    // A write on B with the CSRF token A issued.
    const renamed = await org.json<CadreView>('PATCH', `/api/v1/cadres/${cadre?.id}`, { version: cadre?.version, post: '副主任' });
    org.baseUrl = a.baseUrl;
    expect((await org.json<CadreView>('GET', `/api/v1/cadres/${cadre?.id}`)).post).toBe(renamed.post);
    await org.json('POST', '/api/v1/auth/logout');
    org.baseUrl = b.baseUrl;
    expect((await org.request('GET', '/api/v1/auth/me')).status).toBe(401);
  }, 300_000);

  it('an edit at a version another instance has already moved past is refused with 409', async () => {
    const onA = await DrillClient.signIn(a.baseUrl, 'demo_org');
    const onB = await DrillClient.signIn(b.baseUrl, 'demo_org');
    const [cadre] = (await onA.json<{ items: CadreView[] }>('GET', '/api/v1/cadres?pageSize=1&page=2')).items;
    const read = await onB.json<CadreView>('GET', `/api/v1/cadres/${cadre?.id}`);
    expect((await onA.request('PATCH', `/api/v1/cadres/${read.id}`, { version: read.version, post: '主任' })).status).toBe(200);
    const stale = await onB.request('PATCH', `/api/v1/cadres/${read.id}`, { version: read.version, post: '科长' });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { code: string }).code).toBe('VERSION_CONFLICT');
    expect((await onB.json<CadreView>('GET', `/api/v1/cadres/${read.id}`)).post).toBe('主任');
  }, 300_000);

  it('the sweep is scheduled once for both, and sweeps asked of both at once tell each person each thing once', async () => {
    // Each instance schedules the sweep once it listens, which may come a moment after its health check answers.
    let scheduled = 0;
    for (let i = 0; i < 120 && scheduled === 0; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      // Until the first instance has installed pg-boss, its table is not there to be asked.
      const [installed] = await queryRows<{ t: string | null }>(database.db, sql`select to_regclass('pgboss.schedule')::text as t`);
      if (!installed?.t) continue;
      const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pgboss.schedule where name = ${SWEEP_QUEUE}`);
      scheduled = row?.n ?? 0;
    }
    expect(scheduled).toBe(1);
    const admins = await Promise.all([a, b].map((s) => DrillClient.signIn(s.baseUrl, 'demo_admin')));
    await Promise.all(admins.map((c) => c.json('POST', '/api/v1/notifications/sweep')));
    // Done when no sweep waits or runs; the workers poll every 2 s.
    for (let i = 0; i < 240; i++) {
      const [open] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from pgboss.job where name = ${SWEEP_QUEUE} and state in ('created', 'retry', 'active')`,
      );
      if (open?.n === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const runs = await queryRows<{ state: string; n: number }>(
      database.db,
      sql`select state, count(*)::int as n from pgboss.job where name = ${SWEEP_QUEUE} group by state`,
    );
    expect(runs.filter((r) => r.state !== 'completed')).toEqual([]);
    expect(runs.find((r) => r.state === 'completed')?.n).toBeGreaterThan(0);
    const copies = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from notifications group by user_id, dedupe_key having count(*) > 1`,
    );
    expect(copies).toEqual([]);
  }, 300_000);
});
