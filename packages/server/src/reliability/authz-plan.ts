import type { Actor } from './authz-actors';
import { type Expectation, expectationFor } from './authz-expect';
import type { Params, RecordPair, Side } from './authz-records';
import type { Operation } from './openapi-operations';

/** Operations the matrix does not walk, by path prefix, with the reason. */
export const NOT_WALKED: Array<{ prefix: string; reason: string }> = [
  { prefix: '/api/health', reason: 'public: the health check answers anyone' },
  { prefix: '/api/v1/public/', reason: 'public: the pages for citizens answer anyone (limited by rate, not by role)' },
  { prefix: '/api/v1/auth/', reason: "the caller's own session: signing out here would end the matrix's sessions" },
];

export interface PlannedCheck {
  operation: Operation;
  actor: Actor;
  side: Side | '-';
  params: Params;
  /** Another path parameter was filled with an id that names nothing: a reached record may answer 404. */
  placeholder: boolean;
  expected: Expectation;
}

/** The path up to its first parameter: the key of the record kinds. */
export const prefixOf = (path: string) => path.slice(0, path.indexOf('}') + 1);

export const isWalked = (operation: Operation) => !operation.public && !NOT_WALKED.some((n) => operation.path.startsWith(n.prefix));

const NOTHING = '00000000-0000-4000-8000-00000000dead';

/** Every walked operation × every role × each record of its kind (or once, for an operation on no record). */
export function planChecks(operations: Operation[], actors: Actor[], pairs: ReadonlyMap<string, RecordPair>): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  for (const operation of operations.filter(isWalked)) {
    const pair = operation.pathParams.length > 0 ? pairs.get(prefixOf(operation.path)) : undefined;
    const records: Array<{ side: Side | '-'; params: Params }> = !operation.pathParams.length
      ? [{ side: '-', params: {} }]
      : pair
        ? [{ side: 'inside', params: pair.inside }, ...(pair.outside ? [{ side: 'outside' as const, params: pair.outside }] : [])]
        : // A kind the matrix names no record for: an id of nothing still proves who is refused by permission.
          [{ side: 'inside', params: {} }];
    for (const actor of actors) {
      for (const { side, params } of records) {
        const [first = '', ...others] = operation.pathParams;
        // The record a kind stands for must be real, or a 404 for it would pass unnoticed as a placeholder's.
        if (pair && params[first] === undefined) throw new Error(`${operation.path}: the ${side} record has no {${first}}`);
        // A parameter with a closed list of values (a workflow's step) takes the first: it names no record.
        const listed = (p: string) => operation.pathParamSchemas[p]?.enum?.[0] as string | undefined;
        const filled = Object.fromEntries(operation.pathParams.map((p) => [p, params[p] ?? listed(p) ?? NOTHING]));
        const placeholder = !pair || others.some((p) => params[p] === undefined && listed(p) === undefined);
        const record = pair && side !== '-' ? { pair, side } : undefined;
        checks.push({ operation, actor, side, params: filled, placeholder, expected: expectationFor(operation, actor.role, actor.grants, record) });
      }
    }
  }
  return checks;
}
