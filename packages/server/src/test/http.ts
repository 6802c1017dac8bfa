import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildUser } from './factories';
import type { Session, TestApp } from './test-app';

/** The error body of a failed call, after checking its status and code. */
export function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { code: string; message: string; details?: { fields?: Array<{ path: string; message: string }> } & Record<string, unknown> };
  expect(body.code).toBe(code);
  // Every error speaks Chinese to the user.
  expect(body.message).toMatch(/[\u4e00-\u9fff]/);
  return body;
}

/** The paths named in a validation error's `details.fields`. */
export function fieldPaths(res: LightMyRequestResponse): string[] {
  return ((res.json() as { details?: { fields?: Array<{ path: string }> } }).details?.fields ?? []).map((f) => f.path);
}

/** A 200 answer's body, failing with the body when the status is not 200. */
export function ok<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

/** A system administrator without a unit (as on a fresh installation), signed in. */
export async function signInSysAdmin(t: TestApp): Promise<Session> {
  const admin = await buildUser(t.database.db, { roles: ['sys_admin'], unitId: null });
  return t.login(admin.username);
}

/** Nothing a client sees may reveal the code or the database behind it. */
export function expectNoLeak(res: LightMyRequestResponse, label: string) {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
  const body = res.body;
  for (const leak of [
    /\bat .+:\d+:\d+/,
    /node_modules/,
    /\.ts\b/,
    /\b(select|insert into|update .+ set|delete from)\b/i,
    /postgres|pglite|drizzle/i,
    /stack/i,
    /syntax error/i,
  ]) {
    expect(body, `${label} leaks ${leak}`).not.toMatch(leak);
  }
  const json = res.json() as { code: string; message: string };
  expect(typeof json.code).toBe('string');
  expect(json.message, label).toMatch(/[\u4e00-\u9fff]/);
}

/** A multipart/form-data upload of one file, as a browser's form sends it, for `Session.request`. */
export function multipartBody(bytes: Buffer, filename: string, field = 'file') {
  const boundary = `----dandang${Math.random().toString(16).slice(2)}`;
  // Raw UTF-8 in the header, as browsers send a file's name.
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
