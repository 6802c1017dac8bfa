import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { expectError, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { sql } from '../db/client';
import { DomainError } from '../errors';
import { FILE_CHUNK_BYTES, type JobContext, startJob } from './jobs.service';

const silent = { error: () => {} };

/** A promise the test resolves by hand, to hold a job in the middle of its work. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not reached');
}

describe('background jobs', () => {
  let t: TestApp;
  let owner: Session;
  let other: Session;
  let ownerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await buildUser(t.database.db, { roles: ['org_dept'] });
    const b = await buildUser(t.database.db, { roles: ['org_dept'] });
    ownerId = a.id;
    owner = await t.login(a.username);
    other = await t.login(b.username);
  });
  afterAll(() => t.close());

  const poll = (s: Session, id: string) =>
    until(
      () => s.get(`/api/v1/jobs/${id}`),
      (r) => r.statusCode !== 200 || r.json().status !== 'running',
    );

  it('shows progress while running, then the summary; only to the owner', async () => {
    const gate = deferred();
    const reached = deferred<JobContext>();
    const job = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'read' }, async (ctx) => {
      await ctx.progress('read', 0, 10);
      await ctx.progress('write', 7, 10);
      reached.resolve(ctx);
      await gate.promise;
      return { summary: { rows: 10 } };
    });
    expect(job).toMatchObject({ kind: 'test', status: 'running', phase: 'read', done: 0 });
    await reached.promise;
    const running = ok(await owner.get(`/api/v1/jobs/${job.id}`));
    expect(running).toMatchObject({ id: job.id, status: 'running', phase: 'write', done: 7, total: 10, summary: null, error: null });
    // Another user cannot even learn that the job exists.
    expectError(await other.get(`/api/v1/jobs/${job.id}`), 404, 'NOT_FOUND');
    expectError(await t.anonymous().get(`/api/v1/jobs/${job.id}`), 401, 'AUTH_REQUIRED');
    gate.resolve();
    const finished = (await poll(owner, job.id)).json();
    expect(finished).toMatchObject({ status: 'succeeded', summary: { rows: 10 }, error: null, fileName: null });
    expectError(await owner.get(`/api/v1/jobs/${job.id}/file`), 404, 'NOT_FOUND');
  });

  it('records a business failure with its code and message, and hides an unexpected one', async () => {
    const domain = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'x' }, async () => {
      throw new DomainError('STATE_CONFLICT');
    });
    expect((await poll(owner, domain.id)).json()).toMatchObject({ status: 'failed', error: { code: 'STATE_CONFLICT', message: '当前状态下不能执行此操作' } });
    const logged: unknown[] = [];
    const crash = await startJob(t.database.db, { error: (o) => logged.push(o) }, { kind: 'test', ownerId, phase: 'x' }, async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    const failed = (await poll(owner, crash.id)).json();
    expect(failed.error.code).toBe('INTERNAL');
    expect(JSON.stringify(failed)).not.toContain('secret_table');
    expect(logged).toHaveLength(1);
  });

  it('serves the result file to the owner with its UTF-8 name', async () => {
    const job = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'write' }, async (ctx) => {
      await ctx.saveFile('干部名册.xlsx', [Buffer.from('PK-'), Buffer.from('test')]);
      return { summary: { rows: 1 } };
    });
    expect((await poll(owner, job.id)).json()).toMatchObject({ status: 'succeeded', fileName: '干部名册.xlsx' });
    const res = await owner.get(`/api/v1/jobs/${job.id}/file`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('干部名册.xlsx')}`);
    expect(res.rawPayload.toString()).toBe('PK-test');
    expectError(await other.get(`/api/v1/jobs/${job.id}/file`), 404, 'NOT_FOUND');
  });

  it('stores a large file in pieces as it is made, and serves it back whole', async () => {
    const bytes = randomBytes(FILE_CHUNK_BYTES * 2 + 12345);
    async function* slowly() {
      for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
    }
    const job = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'write' }, async (ctx) => {
      await ctx.saveFile('large.bin', slowly());
      return {};
    });
    expect((await poll(owner, job.id)).json()).toMatchObject({ status: 'succeeded', fileName: 'large.bin' });
    const pieces = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_job_file_chunks where job_id = ${job.id}`);
    expect(pieces[0]?.n).toBe(3);
    const res = await owner.get(`/api/v1/jobs/${job.id}/file`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
  });

  it('keeps no file of a job that failed while writing it', async () => {
    const job = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'write' }, async (ctx) => {
      async function* broken() {
        yield randomBytes(FILE_CHUNK_BYTES + 1);
        throw new DomainError('STATE_CONFLICT', undefined, '写到一半出错');
      }
      await ctx.saveFile('broken.bin', broken());
      return {};
    });
    expect((await poll(owner, job.id)).json()).toMatchObject({ status: 'failed', fileName: null, error: { message: '写到一半出错' } });
    const pieces = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_job_file_chunks where job_id = ${job.id}`);
    expect(pieces[0]?.n).toBe(0);
    expectError(await owner.get(`/api/v1/jobs/${job.id}/file`), 404, 'NOT_FOUND');
  });

  it('fails a job whose process stopped reporting, and deletes expired jobs', async () => {
    const stuck = deferred();
    const job = await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'x' }, async () => {
      await stuck.promise;
      return {};
    });
    // As if the process died an hour ago.
    await t.database.rows(sql`update background_jobs set updated_at = now() - interval '1 hour' where id = ${job.id}`);
    expect(ok(await owner.get(`/api/v1/jobs/${job.id}`))).toMatchObject({ status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
    await t.database.rows(sql`update background_jobs set expires_at = now() - interval '1 second' where id = ${job.id}`);
    expectError(await owner.get(`/api/v1/jobs/${job.id}`), 404, 'NOT_FOUND');
    await startJob(t.database.db, silent, { kind: 'test', ownerId, phase: 'x' }, async () => ({}));
    const left = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_jobs where id = ${job.id}`);
    expect(left[0]?.n).toBe(0);
    stuck.resolve();
  });
});
