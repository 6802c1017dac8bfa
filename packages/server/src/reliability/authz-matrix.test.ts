import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import type { Actor } from './authz-actors';
import { isWalked, NOT_WALKED, planChecks, prefixOf } from './authz-plan';
import { type RecordPair, UNCOVERED } from './authz-records';
import { runChecks } from './authz-run';
import { renderTable } from './authz-table';
import { buildMatrixWorld } from './authz-world';
import { listOperations, type Operation } from './openapi-operations';

let t: TestApp;
let actors: Actor[];
let operations: Operation[];
let pairs: Map<string, RecordPair>;

beforeAll(async () => {
  t = await createTestApp();
  ({ actors, pairs } = await buildMatrixWorld(t));
  const doc = await t.anonymous().get('/api/openapi.json');
  operations = listOperations(doc.json());
});
afterAll(() => t.close());

describe('authorization matrix, from /api/openapi.json', () => {
  it('knows a record kind, or a reason why not, for every operation that names a record', () => {
    const unknown = operations
      .filter((o) => isWalked(o) && o.pathParams.length > 0)
      .map((o) => prefixOf(o.path))
      .filter((prefix) => !pairs.has(prefix) && !(prefix in UNCOVERED));
    expect([...new Set(unknown)]).toEqual([]);
    // A route open without signing in must be one of the public ones the matrix leaves out on purpose.
    expect(operations.filter((o) => o.public && !NOT_WALKED.some((n) => o.path.startsWith(n.prefix))).map((o) => o.path)).toEqual([]);
  });

  it('answers every role 403 without the permission, 404 out of its scope, and serves it within', async () => {
    const results = await runChecks(planChecks(operations, actors, pairs));
    // biome-ignore lint/suspicious/noConsole: the table of results is what this test reports, in the normal test output
    console.log(
      renderTable(
        results,
        actors.map((a) => a.role),
      ),
    );
    const failures = results.filter((r) => !r.pass).map((r) => `${r.operation} as ${r.role} (${r.side}): expected ${r.expected}, got ${r.status}`);
    expect(failures).toEqual([]);
  }, 600_000);
});
