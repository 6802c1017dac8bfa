import { multipartBody } from '../test/http';
import { minimalBody, minimalQuery, withNamedFields } from './authz-bodies';
import { type Answer, meets } from './authz-expect';
import type { PlannedCheck } from './authz-plan';
import type { CheckResult } from './authz-table';
import { fillPath } from './openapi-operations';

/**
 * Sends every planned check and grades its answer. Refusals go first and mutate nothing when access is right; then
 * the reads and writes a role may make; deletions last, so no record is gone before every other check has used it.
 */
export async function runChecks(checks: PlannedCheck[]): Promise<CheckResult[]> {
  const phase = (c: PlannedCheck) => (c.expected !== 'reached' ? 0 : c.operation.method === 'DELETE' ? 2 : 1);
  const ordered = checks.map((check, index) => ({ check, index })).sort((x, y) => phase(x.check) - phase(y.check));
  const deleted = new Set<string>();
  // Answered in the plan's order (the document's), whatever order they were sent in.
  const results: CheckResult[] = new Array(checks.length);
  for (const { check, index } of ordered) {
    const { operation, actor, expected } = check;
    const url = fillPath(operation.path, check.params);
    const answer = await send(check, url);
    const consumed = operation.method === 'DELETE' && deleted.has(url);
    if (operation.method === 'DELETE' && answer.status < 300) deleted.add(url);
    results[index] = {
      operation: `${operation.method} ${operation.path}`,
      role: actor.role,
      side: check.side,
      expected,
      status: answer.status,
      pass: meets(expected, answer, check.placeholder || consumed),
      schemaFirst: answer.status === 400 && answer.code === 'VALIDATION_FAILED',
    };
  }
  return results;
}

/**
 * A check out of scope (or refused on a route that names no permission) sends the smallest body and query the schema
 * accepts, so that it reaches the record lookup: when the schema still refuses, it tries again with the fields the
 * refusal named. The others send an empty body, which a role without the permission never gets past and a role within
 * scope may see refused by the schema (the matrix proves access, not validation), so no record changes under them.
 */
async function send(check: PlannedCheck, url: string): Promise<Answer> {
  const { operation, actor, expected } = check;
  const json = operation.bodyType === 'application/json';
  const probing = expected === 'hidden' || expected === 'refused';
  let body = !operation.bodySchema || !json ? undefined : probing ? minimalBody(operation.bodySchema) : {};
  const target = probing ? `${url}${minimalQuery(operation.requiredQuery)}` : url;
  let wantsFile = false;
  for (let attempt = 0; ; attempt++) {
    const uploads = probing && (wantsFile || operation.bodyType?.startsWith('multipart/'));
    const upload = uploads ? multipartBody(Buffer.from('%PDF-1.4\n'), '材料.pdf') : undefined;
    const res = await actor.session.request(operation.method, target, upload?.payload ?? body, upload?.headers);
    const answer = res.headers['content-type']?.toString().includes('json') ? (res.json() as ErrorBody) : {};
    const refused = probing && attempt < 3 && answer.code === 'VALIDATION_FAILED' ? fieldsOf(answer) : [];
    // A route that reads its upload in the handler documents no body: a refusal naming `file` asks for one.
    if (!upload && refused.includes('file')) {
      wantsFile = true;
      continue;
    }
    const retry = json && refused.length > 0 ? withNamedFields(operation.bodySchema, body, refused) : undefined;
    if (!retry) return { status: res.statusCode, ...(answer.code ? { code: answer.code } : {}) };
    body = retry;
  }
}

interface ErrorBody {
  code?: string;
  details?: { fields?: Array<{ path: string }> };
}

const fieldsOf = (answer: ErrorBody) => (answer.details?.fields ?? []).map((f) => f.path);
