import { ApiError } from '../../../../platform/api/api-error';
import { api } from '../../../../platform/api/client';
import { downloadFile } from '../../../../platform/api/download';
import type { ListPage } from '../../../../platform/api/types';
import { uploadFile } from '../../../../platform/api/upload';
import { IMPORT_ERROR_FILE_NAME, IMPORT_TEMPLATE_FILE_NAME, type ImportChange, type ImportIssue, type ImportJob } from '../import.types';

const BASE = '/api/v1/cadres/imports';
const job = (jobId: string) => `${BASE}/${encodeURIComponent(jobId)}`;

/** Sends the workbook; the server answers with the job that checks it. */
async function upload(file: File): Promise<ImportJob> {
  const started = (await uploadFile<{ job?: ImportJob }>(BASE, file)).job;
  if (!started) throw new ApiError(200, 'BAD_RESPONSE', '上传失败，请稍后重试');
  return started;
}

export const importApi = {
  upload,
  downloadTemplate: () => downloadFile('/api/v1/cadres/import-template', {}, IMPORT_TEMPLATE_FILE_NAME),
  downloadErrors: (jobId: string) => downloadFile(`${job(jobId)}/error-workbook`, {}, IMPORT_ERROR_FILE_NAME),
  issues: (jobId: string, page: number, pageSize: number) => api.get<ListPage<ImportIssue>>(`${job(jobId)}/issues`, { page, pageSize }),
  changes: (jobId: string, page: number, pageSize: number) => api.get<ListPage<ImportChange>>(`${job(jobId)}/changes`, { page, pageSize }),
  commit: async (jobId: string) => (await api.post<{ job: ImportJob }>(`${job(jobId)}/commit`)).job,
};
