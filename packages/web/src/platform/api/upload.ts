import { ApiError } from './api-error';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
import { emitSessionEvent } from './session-events';

/** What a refused upload answers when the body is not the usual error JSON (a proxy's 413 page, a dropped link). */
const UPLOAD_FAILED = '上传失败，请稍后重试';

/**
 * Sends one file as multipart form data (field `file`). The JSON client cannot carry a file, so uploads are built
 * here by hand; they send the same CSRF header and read the same `{ code, message, details }` error body.
 */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: form, credentials: 'include' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', UPLOAD_FAILED);
  }
  const body = (await response.json().catch(() => null)) as (T & { code?: string; message?: string; details?: Record<string, unknown> }) | null;
  if (!response.ok) {
    if (response.status === 401) emitSessionEvent('unauthorized');
    throw new ApiError(response.status, body?.code ?? `HTTP_${response.status}`, body?.message || UPLOAD_FAILED, body?.details);
  }
  if (!body) throw new ApiError(response.status, 'BAD_RESPONSE', UPLOAD_FAILED);
  return body;
}
