import { T } from '../../i18n/zh-CN';
import { ApiError, type ApiErrorDetails } from './api-error';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
import { emitSessionEvent } from './session-events';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** Empty filters are left out, so `?unitId=&keyword=` never reaches the server as "match the empty string". */
export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

// Wrong credentials (at login, or the current password when changing it) answer 401 too; only a missing or expired
// session should send the user back to the login page.
const LOGIN_PATH = '/api/v1/auth/login';

async function parseError(response: Response): Promise<ApiError> {
  type ErrorBody = { code?: unknown; message?: unknown; details?: unknown };
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const code = typeof body?.code === 'string' ? body.code : `HTTP_${response.status}`;
  const message = typeof body?.message === 'string' && body.message ? body.message : T.unknownError;
  const details = body?.details && typeof body.details === 'object' ? (body.details as ApiErrorDetails) : undefined;
  return new ApiError(response.status, code, message, details);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', T.networkError);
  }

  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401 && path !== LOGIN_PATH && error.code !== 'AUTH_INVALID_CREDENTIALS') {
      emitSessionEvent('unauthorized');
    }
    if (error.code === 'AUTH_PASSWORD_CHANGE_REQUIRED') emitSessionEvent('password-change-required');
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, { body: body ?? {}, query }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Errors the client already acted on by navigating away; a toast for them as well would only add noise. */
export function isSessionError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'AUTH_PASSWORD_CHANGE_REQUIRED') return true;
  return error.status === 401 && error.code !== 'AUTH_INVALID_CREDENTIALS';
}
