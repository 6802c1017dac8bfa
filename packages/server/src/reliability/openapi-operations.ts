/**
 * The operations of the served OpenAPI document, flattened to what a test that walks the whole API needs: the method,
 * the path template, its path parameters, who may call it (`x-permission`, `x-public`, both written where the
 * document is generated in app.ts) and the request body's JSON schema.
 */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, e.g. `/api/v1/cadres/{id}/measures`. */
  path: string;
  /** The path parameters in the order they appear in the path. */
  pathParams: string[];
  /** The schema of each path parameter, as documented. */
  pathParamSchemas: Record<string, JsonSchema>;
  /** The schema of each query parameter the route requires. */
  requiredQuery: Record<string, JsonSchema>;
  /** The schema of every query parameter, required or not. */
  query: Record<string, JsonSchema>;
  /** The permission the route requires; absent on public routes and on routes open to any signed-in user. */
  permission?: string;
  public: boolean;
  /** The JSON schema of the request body, when the route takes one. */
  bodySchema?: JsonSchema;
  /** The content type the body is sent as (`application/json` unless the route takes an upload). */
  bodyType?: string;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

interface OpenApiOperation {
  'x-permission'?: string;
  'x-public'?: boolean;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export function listOperations(document: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries((document as OpenApiDocument).paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const upper = method.toUpperCase();
      if (!METHODS.has(upper)) continue;
      const content = Object.entries(operation.requestBody?.content ?? {})[0];
      operations.push({
        method: upper as Operation['method'],
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        pathParamSchemas: schemasOf(operation, (p) => p.in === 'path'),
        requiredQuery: schemasOf(operation, (p) => p.in === 'query' && p.required === true),
        query: schemasOf(operation, (p) => p.in === 'query'),
        ...(operation['x-permission'] ? { permission: operation['x-permission'] } : {}),
        public: operation['x-public'] === true,
        ...(content ? { bodyType: content[0], bodySchema: content[1].schema } : {}),
      });
    }
  }
  return operations;
}

type Parameter = NonNullable<OpenApiOperation['parameters']>[number];

function schemasOf(operation: OpenApiOperation, which: (p: Parameter) => boolean): Record<string, JsonSchema> {
  return Object.fromEntries((operation.parameters ?? []).filter(which).map((p) => [p.name, p.schema ?? {}]));
}

/** The path with each `{param}` replaced by its value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}
