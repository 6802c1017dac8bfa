import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';
import type { Actor } from './authz-actors';
import { prefixOf } from './authz-plan';
import type { RecordPair } from './authz-records';
import { buildMatrixWorld } from './authz-world';
import { type FuzzOperation, fuzzOperations } from './fuzz-plan';
import type { Known } from './fuzz-requests';
import { fuzz, serverErrors } from './fuzz-run';

/** At least this many requests in all; `FUZZ_RUNS` raises it, `FUZZ_SEED` replays another run. */
const TOTAL = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);

let t: TestApp;
let actors: Actor[];
let operations: FuzzOperation[];
let pairs: Map<string, RecordPair>;
let ownUsername: string;

// Every record kind of the authorization matrix is made through the API: longer than a hook usually takes.
beforeAll(async () => {
  // Sign-ins are limited per minute and the test clock stands still: the own-session routes sign in again often.
  t = await createTestApp({ loginRateLimit: 100_000 });
  const world = await buildMatrixWorld(t);
  ({ actors, pairs } = world);
  ownUsername = (await buildUser(t.database.db, { roles: ['org_dept'], unitId: world.county.root.id })).username;
  operations = fuzzOperations((await t.anonymous().get('/api/openapi.json')).json());
}, 600_000);
afterAll(() => t.close());

/** Every id a fixture made, and for one operation the path values of the real records of its kind. */
function knownFor(operation: FuzzOperation): Known {
  const all = [...pairs.values()].flatMap((p) => [p.inside, ...(p.outside ? [p.outside] : [])]);
  const ids = [...new Set(all.flatMap((params) => Object.values(params)).filter((v) => /^[0-9a-f-]{36}$/.test(v)))];
  const pair = pairs.get(prefixOf(operation.path));
  return { ids, paths: pair ? [pair.inside, ...(pair.outside ? [pair.outside] : [])] : [] };
}

describe('fuzzing every operation of /api/openapi.json', () => {
  it('answers generated requests, valid and malformed, without a 5xx or an unhandled rejection, and stays healthy', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const callers = {
      actors,
      anonymous: t.anonymous(),
      // Its previous request may have signed it out: a fresh session each time keeps every request signed in.
      ownSession: () => t.login(ownUsername),
    };
    const runs = Math.ceil(TOTAL / operations.length);
    const outcome = await fuzz({ operations, known: knownFor, callers, runs, seed: SEED, errors: serverErrors(t.app) }).finally(() =>
      process.off('unhandledRejection', onRejection),
    );
    // biome-ignore lint/suspicious/noConsole: what the run reached is the figure this test reports
    console.log(`fuzz: ${outcome.sent} requests over ${operations.length} operations (seed ${SEED}):`, outcome.byClass);
    expect(outcome.sent).toBeGreaterThanOrEqual(TOTAL);
    expect(outcome.failures.map((f) => `${f.status} ${f.request} → ${f.answer} (${f.cause})`)).toEqual([]);
    expect(rejections.map(String)).toEqual([]);
    expect((await t.anonymous().get('/api/health')).statusCode).toBe(200);
  }, 1_800_000);
});
