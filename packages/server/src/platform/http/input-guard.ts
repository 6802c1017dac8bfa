import type { FastifyInstance } from 'fastify';
import { type FieldIssue, validationError } from '../errors';

const MESSAGE = '不能包含空字符（\\u0000）';

/** Paths of every string (value or key) holding U+0000; walked with an explicit stack so deep nesting cannot overflow. */
function nulPaths(root: unknown, prefix: string): FieldIssue[] {
  const found: FieldIssue[] = [];
  const stack: Array<[unknown, string]> = [[root, prefix]];
  while (stack.length > 0 && found.length < 50) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push({ path, message: MESSAGE });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) found.push({ path: childPath, message: MESSAGE });
        stack.push([child, childPath]);
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so such input would fail deep in a query as a 500. It is refused at
 * the door instead, as a validation error naming the field, for every route (including bodies validated later).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = [...nulPaths(request.params, 'params'), ...nulPaths(request.query, 'querystring'), ...nulPaths(request.body, '')];
    if (fields.length > 0) throw validationError(fields);
  });
}
