import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { readConfig } from '../platform/config';
import { createFieldCipher } from '../platform/crypto/sm';
import type { Database, Db } from '../platform/db/client';
import { createTestDatabase } from './test-database';

export const TEST_PASSWORD = 'Test-Pass-2026!';
/** The field key of every test app, for tests that seed encrypted values the app must read. */
export const TEST_FIELD_KEY = '11'.repeat(32);

/** A clock the test moves by hand, so timeouts and lockouts are tested without waiting. */
export function createClock(start = new Date('2026-03-02T09:00:00+08:00')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface Session {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof createClock>;
  /** Logs in through the API and returns a client that sends the session cookie and the CSRF header. */
  login(username: string, password?: string): Promise<Session>;
  anonymous(): Session;
  close(): Promise<void>;
}

function sessionFor(app: FastifyInstance, cookies: Record<string, string>): Session {
  const request = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const cookieHeader = Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const res = await app.inject({
      method: method as 'GET',
      url,
      payload: body === undefined ? undefined : (body as object),
      headers: { ...(cookieHeader ? { cookie: cookieHeader } : {}), ...(cookies.dd_csrf ? { 'x-csrf-token': cookies.dd_csrf } : {}), ...headers },
    });
    for (const c of res.cookies as Array<{ name: string; value: string }>) {
      if (c.value) cookies[c.name] = c.value;
      else delete cookies[c.name];
    }
    return res;
  };
  return {
    request,
    cookies,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

/**
 * `loginRateLimit`: sign-ins allowed per minute from one address (high by default, so tests do not trip it).
 * `reader`: a second database standing in for a read replica (see Database.reader).
 * `log`: receives every line the app logs, at every level (without it the app logs nothing).
 */
export async function createTestApp(options: { loginRateLimit?: number; reader?: Db; log?: { write(line: string): void } } = {}): Promise<TestApp> {
  const created = await createTestDatabase();
  const { cleanup } = created;
  const database = options.reader ? { ...created.database, reader: options.reader } : created.database;
  const clock = createClock();
  const config = {
    ...readConfig({}),
    webDist: '/nonexistent',
    loginRateLimit: options.loginRateLimit ?? 1000,
    ballotRateLimit: 10_000,
    ...(options.log ? { logLevel: 'trace' } : {}),
  };
  const logging = options.log ? { logStream: options.log } : { logger: false };
  const app = await buildApp({ database, config, cipher: createFieldCipher(TEST_FIELD_KEY), now: clock.now, version: 'test', ...logging });
  await app.ready();
  return {
    app,
    database,
    clock,
    anonymous: () => sessionFor(app, {}),
    async login(username, password = TEST_PASSWORD) {
      const session = sessionFor(app, {});
      const res = await session.post('/api/v1/auth/login', { username, password });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return session;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}
