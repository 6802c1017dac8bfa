import type { CaseAttachmentView, CaseDetail, CaseLinkKind, DueList, TransitionBody } from '@dandang/shared/cases/case.schema';
import type { CaseType } from '@dandang/shared/cases/workflow';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import { uploadFile } from '../../../platform/api/upload';

export const CASES_KEY = 'cases';

/** What every case type shares (the engine's routes); each module moves its own cases through its own endpoint. */
export const caseApi = {
  detail: (id: string) => api.get<CaseDetail>(`/api/v1/cases/${id}`),
  due: (query: { type?: CaseType; within?: number }) => api.get<DueList>('/api/v1/cases/due', query),
  comment: (id: string, body: string) => api.post<unknown>(`/api/v1/cases/${id}/comments`, { body }),
  upload: (id: string, file: File) => uploadFile<CaseAttachmentView>(`/api/v1/cases/${id}/attachments`, file),
  download: (id: string, fileId: string, name: string) => downloadFile(`/api/v1/cases/${id}/attachments/${fileId}`, {}, name),
  link: (id: string, body: { toCaseId: string; kind: CaseLinkKind }) => api.post<CaseDetail>(`/api/v1/cases/${id}/links`, body),
  requestExtension: (id: string, body: { version: number; workdays: number; reason: string }) => api.post<CaseDetail>(`/api/v1/cases/${id}/extensions`, body),
  decideExtension: (id: string, extensionId: string, body: { version: number; approve: boolean; answer: string }) =>
    api.post<CaseDetail>(`/api/v1/cases/${id}/extensions/${extensionId}/decide`, body),
};

/** Where a case type's transitions are posted: each module owns its endpoint, so the effects of a step stay with it. */
export const ACTION_PATHS: Record<CaseType, (id: string, action: string) => string> = {
  TOLERANCE: (id, action) => `/api/v1/tolerance/cases/${id}/actions/${action}`,
  ACCOUNTABILITY: (id, action) => `/api/v1/accountability/cases/${id}/actions/${action}`,
  ADJUSTMENT: (id, action) => `/api/v1/adjustments/${id}/actions/${action}`,
  COMPLAINT: (id, action) => `/api/v1/complaints/${id}/actions/${action}`,
};

export const moveCase = (type: CaseType, id: string, action: string, body: TransitionBody) => api.post<unknown>(ACTION_PATHS[type](id, action), body);
