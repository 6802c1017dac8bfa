import type { AccountabilityCaseDetail, ProposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import type { AdjustmentPage, AdjustmentView, OpenAdjustmentBody } from '@dandang/shared/accountability/adjustment.schema';
import type { AnswerAppealBody, AppealPage, AppealView, LodgeAppealBody } from '@dandang/shared/accountability/appeal.schema';
import type { CreateMatterBody, MatterPage, MatterView } from '@dandang/shared/accountability/matter.schema';
import type { ProposalBody } from '@dandang/shared/accountability/proposal.schema';
import type { statisticsView } from '@dandang/shared/accountability/statistics.schema';
import type { CaseView } from '@dandang/shared/cases/case.schema';
import type { z } from 'zod';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const ACCOUNTABILITY_KEY = 'accountability';

type Paged = { page: number; pageSize: number };

export const matterApi = {
  list: (query: { q?: string; year?: number } & Paged) => api.get<MatterPage>('/api/v1/accountability/matters', { ...query }),
  get: (id: string) => api.get<MatterView>(`/api/v1/accountability/matters/${id}`),
  create: (body: CreateMatterBody) => api.post<MatterView>('/api/v1/accountability/matters', body),
  propose: (id: string, body: ProposalBody) => api.post<ProposalResult>(`/api/v1/accountability/matters/${id}/proposals`, body),
};

export const accountabilityApi = {
  cases: (query: { state?: string; year?: number; cadreId?: string } & Paged) =>
    api.get<{ items: CaseView[]; total: number }>('/api/v1/accountability/cases', { ...query }),
  get: (id: string) => api.get<AccountabilityCaseDetail>(`/api/v1/accountability/cases/${id}`),
  lodgeAppeal: (id: string, body: LodgeAppealBody) => api.post<AccountabilityCaseDetail>(`/api/v1/accountability/cases/${id}/appeals`, body),
  appeals: (query: { state: string } & Paged) => api.get<AppealPage>('/api/v1/accountability/appeals', { ...query }),
  answerAppeal: (id: string, body: AnswerAppealBody) => api.post<AppealView>(`/api/v1/accountability/appeals/${id}/answer`, body),
  downloadDecision: (id: string, number: string) => downloadFile(`/api/v1/accountability/cases/${id}/decision.docx`, {}, `${number}-问责决定书.docx`),
  statistics: (year: number) => api.get<z.infer<typeof statisticsView>>('/api/v1/accountability/statistics', { year }),
  exportStatistics: (year: number) => downloadFile('/api/v1/accountability/statistics.xlsx', { year }, `问责统计-${year}.xlsx`),
};

export const adjustmentApi = {
  list: (query: { state?: string; situation?: string; year?: number } & Paged) => api.get<AdjustmentPage>('/api/v1/adjustments', { ...query }),
  get: (id: string) => api.get<AdjustmentView>(`/api/v1/adjustments/${id}`),
  open: (body: OpenAdjustmentBody) => api.post<AdjustmentView>('/api/v1/adjustments', body),
};
