import type { ToleranceInput } from '@dandang/shared/rules/tolerance.rules';
import type { ApplyBody, FactsBody, UpdateCorrectionBody } from '@dandang/shared/tolerance/tolerance.schema';
import type { ToleranceStatistics } from '@dandang/shared/tolerance/tolerance-statistics.schema';
import type { CorrectionView, RecommendationView, ToleranceDetail, TolerancePage } from '@dandang/shared/tolerance/tolerance-view.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const TOLERANCE_KEY = 'tolerance';

export interface ToleranceListQuery {
  state?: string;
  outcome?: string;
  year?: number;
  q?: string;
  page: number;
  pageSize: number;
}

export const toleranceApi = {
  list: (query: ToleranceListQuery) => api.get<TolerancePage>('/api/v1/tolerance/cases', { ...query }),
  get: (id: string) => api.get<ToleranceDetail>(`/api/v1/tolerance/cases/${id}`),
  apply: (body: ApplyBody) => api.post<ToleranceDetail>('/api/v1/tolerance/cases', body),
  linkAccountability: (id: string, accountabilityCaseId: string) =>
    api.post<ToleranceDetail>(`/api/v1/tolerance/cases/${id}/accountability-cases`, { accountabilityCaseId }),
  saveFacts: (id: string, body: FactsBody) => api.put<ToleranceDetail>(`/api/v1/tolerance/cases/${id}/facts`, body),
  recommend: (facts: ToleranceInput & { caseId?: string }) => api.post<RecommendationView>('/api/v1/tolerance/recommendation', facts),
  addCorrection: (id: string, body: { description: string; owner: string; deadline: string }) =>
    api.post<CorrectionView>(`/api/v1/tolerance/cases/${id}/corrections`, body),
  updateCorrection: (taskId: string, body: UpdateCorrectionBody) => api.put<CorrectionView>(`/api/v1/tolerance/corrections/${taskId}`, body),
  downloadDecision: (id: string, number: string) => downloadFile(`/api/v1/tolerance/cases/${id}/decision.docx`, {}, `${number}-容错认定书.docx`),
  downloadCorrectionNotice: (id: string, number: string) =>
    downloadFile(`/api/v1/tolerance/cases/${id}/correction-notice.docx`, {}, `${number}-纠错整改通知书.docx`),
  statistics: (year: number) => api.get<ToleranceStatistics>('/api/v1/tolerance/statistics', { year }),
  exportStatistics: (year: number) => downloadFile('/api/v1/tolerance/statistics.xlsx', { year }, `容错纠错统计-${year}.xlsx`),
};
