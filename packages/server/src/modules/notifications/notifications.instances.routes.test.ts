import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { ensureBaseData } from '../../bootstrap';
import { readConfig } from '../../platform/config';
import { createFieldCipher } from '../../platform/crypto/sm';
import { type Database, openDatabase, queryRows, sql } from '../../platform/db/client';
import { migrate } from '../../platform/db/migrate';
import { contextOf } from '../../test/actor';
import { buildCadre, buildUnit, buildUser } from '../../test/factories';
import { createClock, TEST_FIELD_KEY } from '../../test/test-app';
import { SWEEP_QUEUE } from './notifications.scheduler';
import { notifications } from './notifications.tables';
import { openDueCase } from './notifications.test-support';
import { runSweep } from './sweep/sweep.service';

/*
 * The sweep on pg-boss, as `npm start` runs it: the scheduler starts when an app listens. On PGlite one instance; on
 * PostgreSQL (TEST_DATABASE_URL, as CI runs) two instances, each with its own connection pool to one database, like
 * two processes behind a load balancer: the scheduled sweep runs once, and sweeps forced at the same moment on both
 * still tell each person each thing once. The sweep's cron fires every minute here and each instance checks for a
 * due tick every second, so the tests wait seconds, not minutes.
 */

const clock = createClock(new Date('2026-03-05T09:00:00+08:00'));
const SWEEP = { cron: '* * * * *', pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1 };

async function instance(database: Database): Promise<FastifyInstance> {
  const config = { ...readConfig({}), webDist: '/nonexistent', loginRateLimit: 1000, ballotRateLimit: 1000 };
  const app = await buildApp({ database, config, cipher: createFieldCipher(TEST_FIELD_KEY), now: clock.now, version: 'test', logger: false, sweep: SWEEP });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** Two cases due on 2026-03-09 (within 3 working days of 03-05), each with two handlers: four messages in all. */
async function seedDueCases(database: Database, label: string) {
  const db = database.db;
  const unit = await buildUnit(db, { name: `${label}局` });
  const handlers = [await buildUser(db, { roles: ['discipline'], unitId: unit.id }), await buildUser(db, { roles: ['discipline'], unitId: unit.id })];
  const ctx = await contextOf(db, handlers[0]?.id as string, new Date('2026-03-02T09:00:00+08:00'));
  const caseIds: string[] = [];
  for (const n of [1, 2]) {
    const cadre = await buildCadre(db, { unitId: unit.id, name: `${label}${n}` });
    const opened = await openDueCase(db, ctx, { unitId: unit.id, cadreId: cadre.id, title: `${label}${n}容错申请`, handlers: handlers.map((h) => h.id) });
    caseIds.push(opened.id);
  }
  return { handlers: handlers.map((h) => h.id), caseIds };
}

/** Messages per (person, key): every value must be 1. */
async function copiesPerMessage(db: Database['db']) {
  return queryRows<{ user_id: string; dedupe_key: string; n: number }>(
    db,
    sql`select user_id, dedupe_key, count(*)::int as n from ${notifications} group by user_id, dedupe_key`,
  );
}

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const dueSoonCount = async (db: Database['db']) => {
  const [row] = await db.select({ n: count() }).from(notifications).where(eq(notifications.kind, 'CASE_DUE_SOON'));
  return row?.n ?? 0;
};

describe('[notifications] the scheduled sweep on one instance (PGlite by default)', () => {
  let database: Database;
  let app: FastifyInstance;
  let seeded: Awaited<ReturnType<typeof seedDueCases>>;

  beforeAll(async () => {
    database = await openDatabase(process.env.TEST_DATABASE_URL ? { databaseUrl: await freshDatabase() } : {});
    await migrate(database);
    await ensureBaseData(database);
    seeded = await seedDueCases(database, '单实例');
    app = await instance(database);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('pg-boss runs the sweep on its schedule and each handler hears of each due case once', async () => {
    expect(
      await waitFor(
        () => dueSoonCount(database.db),
        (n) => n >= 4,
        45,
      ),
    ).toBe(4);
    const mine = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'CASE_DUE_SOON'), eq(notifications.userId, seeded.handlers[0] as string)));
    expect(mine.map((m) => m.subjectId).sort()).toEqual([...seeded.caseIds].sort());
    expect((await copiesPerMessage(database.db)).every((r) => r.n === 1)).toBe(true);
  }, 60_000);
});

const serverUrl = process.env.TEST_DATABASE_URL;
const created: string[] = [];

/** A new database on the test server, dropped after the file. */
async function freshDatabase(): Promise<string> {
  const name = `dd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(serverUrl as string);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe.skipIf(!serverUrl)('[notifications] two instances on one PostgreSQL', () => {
  let first: Database;
  let second: Database;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    const url = await freshDatabase();
    first = await openDatabase({ databaseUrl: url, poolSize: 5 });
    second = await openDatabase({ databaseUrl: url, poolSize: 5 });
    await migrate(first);
    await ensureBaseData(first);
    await seedDueCases(first, '甲');
    // Both start together, as two processes do after a deployment.
    apps.push(...(await Promise.all([instance(first), instance(second)])));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await first?.close();
    await second?.close();
  });

  it('the scheduled sweep runs once across both instances: one job, four messages', async () => {
    expect(
      await waitFor(
        () => dueSoonCount(first.db),
        (n) => n >= 4,
        45,
      ),
    ).toBe(4);
    // Give the other instance's timekeeper and worker a moment to (wrongly) run a second sweep.
    await new Promise((r) => setTimeout(r, 3000));
    const jobs = await queryRows<{ state: string }>(first.db, sql`select state from pgboss.job where name = ${SWEEP_QUEUE}`);
    expect(jobs.map((j) => j.state)).toEqual(['completed']);
    expect(await dueSoonCount(first.db)).toBe(4);
    expect((await copiesPerMessage(first.db)).every((r) => r.n === 1)).toBe(true);
  }, 60_000);

  it('sweeps forced at the same moment on both instances tell each person each new thing once', async () => {
    const before = await dueSoonCount(second.db);
    await seedDueCases(first, '乙');
    const results = await Promise.all([
      runSweep(first.db, clock.now()),
      runSweep(second.db, clock.now()),
      runSweep(first.db, clock.now()),
      runSweep(second.db, clock.now()),
    ]);
    expect(results.reduce((sum, r) => sum + (r.bySource.CASE_DUE ?? 0), 0)).toBe(4);
    expect(await dueSoonCount(second.db)).toBe(before + 4);
    expect((await copiesPerMessage(second.db)).every((r) => r.n === 1)).toBe(true);
  }, 60_000);
});
