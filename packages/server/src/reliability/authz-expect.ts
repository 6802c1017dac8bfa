import type { DataScope, RoleCode } from '@dandang/shared/org/permissions';
import type { RecordPair, Side } from './authz-records';
import type { Operation } from './openapi-operations';

/**
 * What a role must get from an operation: `forbidden` (403, it lacks the permission), `hidden` (404, the record is
 * outside its scope and its existence is not revealed), `refused` (403 or 404: a route that names no permission, for
 * a role without the one guarding the record; the handler may refuse either way, both say nothing of the record) or
 * `reached` (the handler ran: anything but 403, 404 or 5xx).
 */
export type Expectation = 'forbidden' | 'hidden' | 'refused' | 'reached';

/**
 * Operations whose handler asks, once the record is found, for a second permission over it: without that one the
 * answer is 403, which reveals nothing since the reader may already see the record.
 */
const SECOND_PERMISSION: Record<string, string> = {
  'GET /api/v1/complaints/{id}/complainant': 'complaint.identity',
};

export function expectationFor(
  operation: Operation,
  role: RoleCode,
  grants: ReadonlyMap<string, DataScope>,
  record: { pair: RecordPair; side: Side } | undefined,
): Expectation {
  const guard = operation.permission ?? record?.pair.guardedBy;
  const scope = guard ? grants.get(guard) : 'all';
  if (!scope) return operation.permission ? 'forbidden' : 'refused';
  if (!record) return 'reached';
  if (record.pair.reach) return record.pair.reach(role, record.side, grants) ? 'reached' : 'hidden';
  const reach = reachOf(scope, record);
  const second = SECOND_PERMISSION[`${operation.method} ${operation.path}`];
  if (reach !== 'reached' || !second) return reach;
  return reachOf(grants.get(second), record) === 'reached' ? 'reached' : 'forbidden';
}

function reachOf(scope: DataScope | undefined, record: { pair: RecordPair; side: Side }): Expectation {
  if (!scope) return 'forbidden';
  const { pair, side } = record;
  // A record of no unit is the whole county's: holding the permission is enough.
  if (!pair.outside || scope === 'all') return 'reached';
  if (side === 'outside') return 'hidden';
  if (scope === 'unit' || scope === 'unit_subtree') return 'reached';
  if (scope === 'self') return pair.own ? 'reached' : 'hidden';
  return 'hidden';
}

export interface Answer {
  status: number;
  code?: string;
}

/**
 * Whether an answer meets the expectation. A record out of scope (or refused) may also answer 400 when the body failed the
 * schema, which runs before any record is looked up and so reveals nothing. A reached record may answer 404 when
 * another path parameter names nothing (`placeholder`) or an earlier call of the same operation deleted it.
 */
export function meets(expected: Expectation, answer: Answer, allowNotFound: boolean): boolean {
  const { status } = answer;
  if (status >= 500) return false;
  const schemaFirst = status === 400 && answer.code === 'VALIDATION_FAILED';
  switch (expected) {
    case 'forbidden':
      return status === 403;
    case 'hidden':
      return status === 404 || schemaFirst;
    case 'refused':
      return status === 403 || status === 404 || schemaFirst;
    case 'reached':
      return status !== 403 && (status !== 404 || allowNotFound);
  }
}
