import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Session } from '../test/test-app';
import type { Actor } from './authz-actors';
import type { FuzzOperation } from './fuzz-plan';
import { type Known, requestOf } from './fuzz-requests';

export interface Failure {
  request: string;
  status: number;
  answer: string;
  /** What the server logged as the cause, its first lines. */
  cause: string;
}

/**
 * The errors the app logs while answering, taken request by request, so that a failure names its cause. The test app
 * logs nothing, and its silent logger is one object shared by every request: replacing its `error` sees them all.
 */
export function serverErrors(app: FastifyInstance): { take(): string } {
  let logged: string[] = [];
  (app.log as unknown as { error: (entry: { err?: Error }) => void }).error = (entry) => {
    logged.push((entry?.err?.stack ?? String(entry?.err ?? entry)).split('\n').slice(0, 3).join(' | '));
  };
  return {
    take() {
      const text = logged.join(' ;; ');
      logged = [];
      return text;
    },
  };
}

export interface FuzzPlan {
  operations: FuzzOperation[];
  known: (o: FuzzOperation) => Known;
  callers: Callers;
  /** Requests per operation. */
  runs: number;
  seed: number;
  errors: { take(): string };
}

export interface FuzzOutcome {
  sent: number;
  /** Answers by status class, e.g. `{ '2xx': 812, '4xx': 9500 }`: how much of the run reached past validation. */
  byClass: Record<string, number>;
  failures: Failure[];
}

/**
 * Who calls each operation. Routes with a permission go to the role that holds it over the whole county (so that a
 * real record is in scope) and, taking turns, to 甲局's unit administrator when that role holds it too; public routes
 * to an anonymous caller and a signed-in one; routes any signed-in user may call to both.
 */
export interface Callers {
  actors: Actor[];
  anonymous: Session;
  /** The caller's own session routes (sign out, sign out everywhere): a user of their own, signed in afresh each time. */
  ownSession: () => Promise<Session>;
}

function callersOf(operation: FuzzOperation, callers: Callers): Array<() => Promise<Session>> {
  const of = (role: string) => callers.actors.find((a) => a.role === role)?.session;
  const signedIn = [of('org_dept'), of('unit_admin')].filter((s): s is Session => s !== undefined).map((s) => async () => s);
  if (operation.public) return [async () => callers.anonymous, ...signedIn];
  if (operation.path.startsWith('/api/v1/auth/')) return [callers.ownSession];
  if (!operation.permission) return signedIn;
  const holders = callers.actors.filter((a) => a.grants.has(operation.permission as string));
  const widest =
    holders.find((a) => a.role === 'org_dept' && a.grants.get(operation.permission as string) === 'all') ??
    holders.find((a) => a.grants.get(operation.permission as string) === 'all') ??
    holders[0];
  const unitAdmin = holders.find((a) => a.role === 'unit_admin' && a !== widest);
  return [widest, unitAdmin].filter((a): a is Actor => a !== undefined).map((a) => async () => a.session);
}

/** Sends `runs` generated requests to every operation, the seed fixed so that a failure can be sent again. */
export async function fuzz({ operations, known, callers, runs, seed, errors }: FuzzPlan): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = { sent: 0, byClass: {}, failures: [] };
  // Deletions last, so that the records they remove have served every other operation first.
  const ordered = [...operations].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  for (const [index, operation] of ordered.entries()) {
    const who = callersOf(operation, callers);
    if (!who.length) throw new Error(`${operation.method} ${operation.path}: no role holds ${operation.permission}`);
    const requests = fc.sample(requestOf(operation, known(operation)), { numRuns: runs, seed: seed + index });
    for (const [n, request] of requests.entries()) {
      errors.take();
      const session = await (who[n % who.length] as () => Promise<Session>)();
      // A response the server breaks off (a download stream failing halfway) is a failure like a 5xx: status 0.
      const answer = await session.request(operation.method, request.url, request.payload, request.headers).then(
        (res) => ({ status: res.statusCode, body: res.body }),
        (error: Error) => ({ status: 0, body: `${error.message}` }),
      );
      outcome.sent++;
      const klass = `${Math.floor(answer.status / 100)}xx`;
      outcome.byClass[klass] = (outcome.byClass[klass] ?? 0) + 1;
      if (answer.status >= 500 || answer.status === 0) {
        const payload = request.payload === undefined ? '' : ` ${snippet(request.payload.toString())}`;
        outcome.failures.push({
          request: `${operation.method} ${snippet(request.url)}${payload}`,
          status: answer.status,
          answer: snippet(answer.body),
          cause: errors.take(),
        });
      }
    }
  }
  return outcome;
}

const snippet = (text: string) => JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…(${text.length})` : text);
