import { ApiError } from '../../../../platform/api/api-error';
import { api } from '../../../../platform/api/client';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../../../platform/api/csrf';
import { downloadFile } from '../../../../platform/api/download';
import { emitSessionEvent } from '../../../../platform/api/session-events';
import type { ListPage } from '../../../../platform/api/types';
import { IMPORT_ERROR_FILE_NAME, IMPORT_TEMPLATE_FILE_NAME, type ImportChange, type ImportIssue, type ImportJob } from '../import.types';

const BASE = '/api/v1/cadres/imports';
const job = (jobId: string) => `${BASE}/${encodeURIComponent(jobId)}`;

/** What a refused upload answers when the body is not the usual error JSON (a proxy's 413 page, a dropped link). */
const UPLOAD_FAILED = '上传失败，请稍后重试';

/**
 * Sends the workbook as multipart form data. The JSON client cannot carry a file, so this is the one request of the
 * app built by hand; it sends the same CSRF header and reads the same `{ code, message, details }` error body.
 */
async function upload(file: File): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(BASE, { method: 'POST', headers, body: form, credentials: 'include' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', UPLOAD_FAILED);
  }
  const body = (await response.json().catch(() => null)) as { job?: ImportJob; code?: string; message?: string; details?: Record<string, unknown> } | null;
  if (!response.ok) {
    if (response.status === 401) emitSessionEvent('unauthorized');
    throw new ApiError(response.status, body?.code ?? `HTTP_${response.status}`, body?.message || UPLOAD_FAILED, body?.details);
  }
  if (!body?.job) throw new ApiError(response.status, 'BAD_RESPONSE', UPLOAD_FAILED);
  return body.job;
}

export const importApi = {
  upload,
  downloadTemplate: () => downloadFile('/api/v1/cadres/import-template', {}, IMPORT_TEMPLATE_FILE_NAME),
  downloadErrors: (jobId: string) => downloadFile(`${job(jobId)}/error-workbook`, {}, IMPORT_ERROR_FILE_NAME),
  issues: (jobId: string, page: number, pageSize: number) => api.get<ListPage<ImportIssue>>(`${job(jobId)}/issues`, { page, pageSize }),
  changes: (jobId: string, page: number, pageSize: number) => api.get<ListPage<ImportChange>>(`${job(jobId)}/changes`, { page, pageSize }),
  commit: async (jobId: string) => (await api.post<{ job: ImportJob }>(`${job(jobId)}/commit`)).job,
};
