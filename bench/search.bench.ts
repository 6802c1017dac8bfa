import pg from 'pg';
import { Session } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';
import { type LoadFigures, runLoad } from './lib/load';
import { clearStatementLog, readStatementLog, replay, type Statement } from './lib/statements';

/** Three filters and a page of 20, as an organization-department user searches the county roster. */
export const SEARCH_PATH = '/api/v1/cadres?ageMin=30&ageMax=45&education=21&promotable=true&page=1&pageSize=20';
const CLIENTS = 32;
/** The app's own pool size (platform/db/client.ts); the bare client gets the same, so both queue alike. */
const POOL_SIZE = 10;

export interface SearchFigures {
  path: string;
  statements: number;
  app: LoadFigures;
  barePg: LoadFigures;
  /** app p99 / bare pg p99: what the app adds on top of its own SQL. */
  p99Ratio: number;
}

/** Captures the SQL one search request runs (the instance must log statements), for the bare-client baseline. */
async function captureStatements(options: InstanceOptions, logFile: string): Promise<Statement[]> {
  const instance = await Instance.start({ ...options, statementLog: logFile });
  try {
    const session = await Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD);
    await session.json('GET', SEARCH_PATH);
    clearStatementLog(logFile);
    await session.json('GET', SEARCH_PATH);
    return readStatementLog(logFile);
  } finally {
    await instance.stop();
  }
}

/** `perClient`: requests each of the 32 clients times, after its warm-up. */
export async function benchSearch(options: InstanceOptions, logFile: string, perClient: number): Promise<SearchFigures> {
  const statements = await captureStatements(options, logFile);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: POOL_SIZE });
  const barePg = await runLoad(CLIENTS, perClient, () => replay(pool, statements));
  await pool.end();

  const instance = await Instance.start(options);
  try {
    const sessions = await Promise.all(Array.from({ length: CLIENTS }, () => Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD)));
    const app = await runLoad(CLIENTS, perClient, async (client) => {
      const status = await (sessions[client] as Session).get(SEARCH_PATH);
      if (status !== 200) throw new Error(`search answered ${status}`);
    });
    return { path: SEARCH_PATH, statements: statements.length, app, barePg, p99Ratio: Math.round((app.p99 / barePg.p99) * 100) / 100 };
  } finally {
    await instance.stop();
  }
}
