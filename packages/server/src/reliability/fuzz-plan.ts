import type { Schema } from './fuzz-bodies';
import { listOperations } from './openapi-operations';

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

/** The operations as the fuzzing reads them: every query parameter, and a JSON body or an upload. */
export function fuzzOperations(document: unknown): FuzzOperation[] {
  return listOperations(document).map((o) => ({
    method: o.method,
    path: o.path,
    pathParams: o.pathParamSchemas,
    query: o.query,
    ...(o.bodyType === 'application/json' && o.bodySchema ? { body: o.bodySchema } : {}),
    takesUpload: o.method !== 'GET' && o.method !== 'DELETE' && !o.bodyType,
    ...(o.permission ? { permission: o.permission } : {}),
    public: o.public,
  }));
}
