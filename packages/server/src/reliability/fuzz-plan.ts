import type { Schema } from './fuzz-bodies';

/** One operation of the served OpenAPI document, with every parameter's schema (not only the required ones). */
export interface FuzzOperation {
  method: string;
  path: string;
  pathParams: Record<string, Schema>;
  query: Record<string, Schema>;
  body?: Schema;
  /** A write that documents no body reads an upload in its handler (multipart, field `file`). */
  takesUpload: boolean;
  permission?: string;
  public: boolean;
}

interface DocumentOperation {
  'x-permission'?: string;
  'x-public'?: boolean;
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function fuzzOperations(document: { paths: Record<string, Record<string, DocumentOperation>> }): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => {
        const parameters = (where: string) => Object.fromEntries((op.parameters ?? []).filter((p) => p.in === where).map((p) => [p.name, p.schema ?? {}]));
        const body = op.requestBody?.content['application/json']?.schema;
        return {
          method: method.toUpperCase(),
          path,
          pathParams: parameters('path'),
          query: parameters('query'),
          ...(body ? { body } : {}),
          takesUpload: method !== 'get' && method !== 'delete' && !op.requestBody,
          ...(op['x-permission'] ? { permission: op['x-permission'] } : {}),
          public: op['x-public'] === true,
        };
      }),
  );
}
