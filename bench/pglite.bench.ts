import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Session } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';
import { type LoadFigures, runLoad } from './lib/load';
import { clearStatementLog, readStatementLog, type Statement } from './lib/statements';

/** The requests the main list pages send when they open, each as the department that works the page. */
export const LIST_PAGES: ReadonlyArray<{ user: string; path: string }> = [
  { user: 'demo_org', path: '/api/v1/cadres?page=1&pageSize=20' },
  { user: 'demo_org', path: '/api/v1/tolerance/cases?page=1&pageSize=20' },
  { user: 'demo_discipline', path: '/api/v1/accountability/cases?page=1&pageSize=20' },
  { user: 'demo_org', path: '/api/v1/adjustments?page=1&pageSize=20' },
  { user: 'demo_org', path: '/api/v1/cases/due' },
  { user: 'demo_discipline', path: '/api/v1/complaints?page=1&pageSize=20' },
  { user: 'demo_org', path: '/api/v1/visits/plans' },
  { user: 'demo_org', path: '/api/v1/honors/campaigns' },
  { user: 'demo_org', path: '/api/v1/assessment/cycles' },
  { user: 'demo_org', path: '/api/v1/talent-pools' },
  { user: 'demo_org', path: '/api/v1/typical-cases' },
  { user: 'demo_org', path: '/api/v1/participation/submissions' },
];
const USERS = [...new Set(LIST_PAGES.map((p) => p.user))];
/** A few people at once: the embedded engine serves a small county's office. */
const CLIENTS = 4;

export interface PgliteFigures {
  pages: number;
  statements: number;
  /** Every page's request, round robin, from `clients` signed-in clients. */
  app: LoadFigures;
  /** The same pages' statements on PGlite opened directly in this process, one request's statements after another. */
  direct: LoadFigures;
  /** app p99 / direct p99. */
  p99Ratio: number;
}

/** One signed-in session per department the pages are opened as. */
async function signIn(baseUrl: string): Promise<Map<string, Session>> {
  return new Map(await Promise.all(USERS.map(async (user) => [user, await Session.login(baseUrl, user, DEMO_PASSWORD)] as const)));
}

async function captureStatements(options: InstanceOptions, logFile: string): Promise<Statement[][]> {
  const instance = await Instance.start({ ...options, statementLog: logFile });
  try {
    const sessions = await signIn(instance.baseUrl);
    const captured: Statement[][] = [];
    for (const { user, path } of LIST_PAGES) {
      const session = sessions.get(user) as Session;
      await session.json('GET', path);
      clearStatementLog(logFile);
      await session.json('GET', path);
      captured.push(readStatementLog(logFile));
    }
    return captured;
  } finally {
    await instance.stop();
  }
}

/** Replays each page's statements on the engine itself; PGlite is single-user, so it is opened only while no server runs. */
async function replayDirect(dataDir: string, pages: Statement[][], perPage: number): Promise<LoadFigures> {
  const db = await PGlite.create(join(dataDir, 'pglite'));
  try {
    let next = 0;
    return await runLoad(CLIENTS, Math.ceil((pages.length * perPage) / CLIENTS), async () => {
      for (const s of pages[next++ % pages.length] as Statement[]) await db.query(s.query, s.params as unknown[]);
    });
  } finally {
    await db.close();
  }
}

/**
 * The embedded engine (no DATABASE_URL: PGlite in the data directory) behind the list pages of a small county: p99
 * over every page's request, against the same statements run on PGlite directly, which is what the engine alone costs.
 */
export async function benchPglite(options: InstanceOptions, logFile: string, perPage: number): Promise<PgliteFigures> {
  const pages = await captureStatements(options, logFile);
  const direct = await replayDirect(options.dataDir, pages, perPage);
  const instance = await Instance.start(options);
  try {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => signIn(instance.baseUrl)));
    let next = 0;
    const app = await runLoad(CLIENTS, Math.ceil((LIST_PAGES.length * perPage) / CLIENTS), async (client) => {
      const { user, path } = LIST_PAGES[next++ % LIST_PAGES.length] as { user: string; path: string };
      const status = await ((clients[client] as Map<string, Session>).get(user) as Session).get(path);
      if (status !== 200) throw new Error(`${path} answered ${status}`);
    });
    return {
      pages: LIST_PAGES.length,
      statements: pages.reduce((n, p) => n + p.length, 0),
      app,
      direct,
      p99Ratio: Math.round((app.p99 / direct.p99) * 100) / 100,
    };
  } finally {
    await instance.stop();
  }
}
