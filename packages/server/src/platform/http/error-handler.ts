import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findPgError } from '../db/pg-error';
import { DomainError, ERROR_TABLE, type ErrorCode, type FieldIssue, validationError } from '../errors';

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function fieldsOf(error: FastifyError): FieldIssue[] {
  const items = (error.validation ?? []) as ValidationItem[];
  const where = error.validationContext;
  return items.map((item) => {
    const fromIssue = item.params?.issue?.path?.map(String).join('.');
    const fromPointer = item.instancePath?.replace(/^\//, '').replaceAll('/', '.');
    const path = fromIssue ?? fromPointer ?? '';
    return { path: where && where !== 'body' ? `${where}.${path}`.replace(/\.$/, '') : path, message: item.message ?? '格式不正确' };
  });
}

/**
 * A unique violation that a service's own duplicate check could not see (two requests racing past it) is still a
 * duplicate, not a server fault: 409 naming the field, taken from the violated key (`Key (jurisdiction_id, code)=…`
 * names `code`; `Key (lower(username))=…` names `username`).
 */
function uniqueViolation(error: unknown): DomainError | null {
  const e = findPgError(error, '23505');
  if (!e) return null;
  const columns = /^Key \((.+?)\)=/.exec(String(e.detail ?? ''))?.[1]?.split(',') ?? [];
  const column = columns
    .at(-1)
    ?.trim()
    .replace(/^\w+\(|\)$/g, '');
  const path = column?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return new DomainError('DUPLICATE', path ? { fields: [{ path, message: '已被使用' }] } : undefined);
}

/**
 * The multipart parser reports a body it cannot read (no boundary, cut off before its end, a boundary too long to
 * search for) as a plain Error: the upload is the client's fault, answered 400 like malformed JSON.
 */
const MALFORMED_MULTIPART = /^Multipart: Boundary not found$|unexpected end of multipart data$|^The needle cannot/i;

function body(code: ErrorCode, message?: string, details?: unknown) {
  return { code, message: message ?? ERROR_TABLE[code].message, ...(details ? { details } : {}) };
}

/**
 * One place where every failure becomes `{ code, message, details }`: business errors keep their code, framework
 * errors are translated, and anything unexpected is logged and answered without stack or SQL.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (error.validation) {
      const e = validationError(fieldsOf(error));
      return reply.status(400).send(body(e.code, e.message, e.details));
    }
    if (!error.statusCode && MALFORMED_MULTIPART.test(error.message)) return badRequest(reply, '上传的 multipart/form-data 请求体不完整或格式不正确');
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(body('RATE_LIMITED'));
    if (status === 413) return reply.status(413).send(body('PAYLOAD_TOO_LARGE'));
    if (status === 404) return reply.status(404).send(body('ROUTE_NOT_FOUND'));
    if (status >= 400 && status < 500) {
      return badRequest(reply, error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? '请求体不是合法的 JSON' : '请求格式不正确');
    }
    const duplicate = uniqueViolation(error);
    if (duplicate) return reply.status(409).send(body(duplicate.code, duplicate.message, duplicate.details));
    // A referenced record deleted by a concurrent request between the service's check and its write.
    if (findPgError(error, '23503')) return reply.status(409).send(body('STATE_CONFLICT', '关联的记录已不存在或已被他人删除，请刷新后重试'));
    // Two transactions that each waited on the other: the database gave up one of them, which nothing has written.
    if (findPgError(error, '40P01') || findPgError(error, '40001')) {
      request.log.warn({ err: error }, 'transaction abandoned by the database');
      return reply.status(409).send(body('STATE_CONFLICT', '该记录正被他人同时办理，请刷新后重试'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL'));
  });
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.status(400).send(body('VALIDATION_FAILED', message, { fields: [{ path: '', message }] }));
}

/**
 * Errors the router raises before any route runs (a malformed URL, a path parameter over Fastify's length limit):
 * Fastify would answer them itself, in English and outside `{ code, message }`, and not through the handler above.
 */
export function answerFrameworkError(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  badRequest(reply, '请求地址格式不正确');
}
