import type { JsonSchema } from './openapi-operations';

/**
 * The smallest body a JSON schema accepts, built from its required fields only. A check of access to a record must
 * get past the schema, which runs before the handler looks the record up: with a body the schema refuses, a request
 * for a record out of scope would answer 400 and never reach the scope check it is meant to prove.
 */
export function minimalBody(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  return valueFor(schema, 0);
}

/**
 * The body again with the top-level fields a 400 named filled in: some fields are required only by a refinement (by
 * the kind chosen, or together with another) that the document cannot show. Undefined when nothing named can be added.
 */
export function withNamedFields(schema: JsonSchema | undefined, body: unknown, paths: string[]): Record<string, unknown> | undefined {
  const current = (body ?? {}) as Record<string, unknown>;
  const missing = [...new Set(paths.map((p) => p.split('.')[0] as string))].filter((key) => schema?.properties?.[key] && !(key in current));
  if (!schema?.properties || missing.length === 0) return undefined;
  const properties = schema.properties;
  // Not the default: a field named in a refusal was refused with it.
  const fresh = (key: string) => ({ ...named(properties[key] ?? {}, key), default: undefined });
  return { ...current, ...Object.fromEntries(missing.map((key) => [key, valueFor(fresh(key), 1)])) };
}

/** The query string of a route's required query parameters, each with the smallest value its schema accepts. */
export function minimalQuery(parameters: Record<string, JsonSchema>): string {
  const entries = Object.entries(parameters).map(([name, schema]) => `${name}=${encodeURIComponent(String(valueFor(named(schema, name), 1)))}`);
  return entries.length ? `?${entries.join('&')}` : '';
}

/** Stands for any record id the body must name; the record it names does not exist. */
const SOME_ID = '00000000-0000-4000-8000-000000000000';

function valueFor(schema: JsonSchema, depth: number): unknown {
  if (depth > 8) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant?.length) return valueFor(variant.find((s) => s.type !== 'null') ?? (variant[0] as JsonSchema), depth + 1);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => valueFor(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, valueFor(named(schema.properties?.[key] ?? {}, key), depth + 1)]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => valueFor(schema.items ?? {}, depth + 1));
    case 'integer':
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return false;
    case 'string':
      return stringFor(schema);
    default:
      return schema.properties ? valueFor({ ...schema, type: 'object' }, depth) : null;
  }
}

/** Dates are checked by a refinement the document cannot show: a field named like one gets a date. */
function named(schema: JsonSchema, key: string): JsonSchema {
  return schema.type === 'string' && !schema.format && /(On|Date|date|deadline)$/.test(key) ? { ...schema, format: 'date' } : schema;
}

function numberFor(schema: JsonSchema): number {
  if (typeof schema.minimum === 'number') return schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') return schema.exclusiveMinimum + 1;
  return 1;
}

function stringFor(schema: JsonSchema): string {
  switch (schema.format) {
    case 'uuid':
      return SOME_ID;
    case 'date':
      return '2026-03-02';
    case 'date-time':
      return '2026-03-02T09:00:00+08:00';
    case 'email':
      return 'someone@example.cn';
  }
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2026-03-02';
  // Long enough for the texts whose least length a service checks (an answer of at least 5 characters).
  const text = '核对权限用的说明文字'.padEnd(schema.minLength ?? 0, '字');
  return schema.maxLength !== undefined ? text.slice(0, schema.maxLength) : text;
}
