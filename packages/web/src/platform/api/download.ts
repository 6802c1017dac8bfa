import { ApiError } from './api-error';
import { buildUrl, type Query } from './client';
import { emitSessionEvent } from './session-events';

/** `filename*=UTF-8''…` carries Chinese names; the plain `filename=` is the ASCII fallback. */
function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads through fetch rather than a plain link, so a refused export (403, 401) shows the server's message instead
 * of replacing the page with a JSON error body.
 */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await fetch(buildUrl(path, query), { credentials: 'include' });
  if (!response.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = {};
    }
    if (response.status === 401) emitSessionEvent('unauthorized');
    throw new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? '导出失败');
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
