import type { FastifyInstance } from 'fastify';
import { type FieldIssue, validationError } from '../errors';

const MESSAGE = '不能包含空字符（\\u0000）';
const SURROGATE_MESSAGE = '含有无效的 Unicode 字符（不成对的代理项）';

/** A UTF-16 surrogate without its pair: JSON can escape one, but jsonb refuses it and text cannot encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function issueOf(text: string): string | null {
  if (text.includes('\u0000')) return MESSAGE;
  return LONE_SURROGATE.test(text) ? SURROGATE_MESSAGE : null;
}

/** Paths of every string (value or key) holding U+0000 or a lone surrogate; walked with an explicit stack so deep nesting cannot overflow. */
function unstorablePaths(root: unknown, prefix: string): FieldIssue[] {
  const found: FieldIssue[] = [];
  const stack: Array<[unknown, string]> = [[root, prefix]];
  while (stack.length > 0 && found.length < 50) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      const message = issueOf(value);
      if (message) found.push({ path, message });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        const message = issueOf(key);
        if (message) found.push({ path: childPath, message });
        stack.push([child, childPath]);
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000 (nor jsonb a lone surrogate), so such input would fail deep in a query as a 500. It is refused at
 * the door instead, as a validation error naming the field, for every route (including bodies validated later).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = [...unstorablePaths(request.params, 'params'), ...unstorablePaths(request.query, 'querystring'), ...unstorablePaths(request.body, '')];
    if (fields.length > 0) throw validationError(fields);
  });
}
