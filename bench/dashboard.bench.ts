import pg from 'pg';
import { Session } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';
import { type LoadFigures, runLoad } from './lib/load';
import { clearStatementLog, readStatementLog, type Statement } from './lib/statements';

const DASHBOARD_PATH = '/api/v1/dashboard';
/** The app's own pool size (platform/db/client.ts): the bare client gets the same. */
const POOL_SIZE = 10;

export interface DashboardFigures {
  statements: number;
  /** One organization-department user opening 动态监测 again and again. */
  app: LoadFigures;
  /** The statements one dashboard request sent, replayed on a bare `pg` pool, all at once. */
  barePg: LoadFigures;
  /** app p50 / bare pg p50. */
  p50Ratio: number;
}

async function captureStatements(options: InstanceOptions, logFile: string): Promise<Statement[]> {
  const instance = await Instance.start({ ...options, statementLog: logFile });
  try {
    const session = await Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD);
    await session.json('GET', DASHBOARD_PATH);
    clearStatementLog(logFile);
    await session.json('GET', DASHBOARD_PATH);
    return readStatementLog(logFile);
  } finally {
    await instance.stop();
  }
}

/**
 * 动态监测 for the organization department over the whole county: every figure, its trend, the heat map and the
 * alerts, each request after the one before (p50 over `requests`). The service sends its aggregate statements
 * concurrently in a few rounds; the baseline sends them all at once through a pool of the same size, which is the
 * least the database can take for them.
 */
export async function benchDashboard(options: InstanceOptions, logFile: string, requests: number): Promise<DashboardFigures> {
  const statements = await captureStatements(options, logFile);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: POOL_SIZE });
  let barePg: LoadFigures;
  try {
    barePg = await runLoad(
      1,
      requests,
      async () => {
        await Promise.all(statements.map((s) => pool.query(s.query, s.params as unknown[])));
      },
      1,
    );
  } finally {
    await pool.end();
  }
  const instance = await Instance.start(options);
  try {
    const session = await Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD);
    const app = await runLoad(
      1,
      requests,
      async () => {
        const status = await session.get(DASHBOARD_PATH);
        if (status !== 200) throw new Error(`the dashboard answered ${status}`);
      },
      1,
    );
    return { statements: statements.length, app, barePg, p50Ratio: Math.round((app.p50 / barePg.p50) * 100) / 100 };
  } finally {
    await instance.stop();
  }
}
