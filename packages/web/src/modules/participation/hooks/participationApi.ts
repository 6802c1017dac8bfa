import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { SubmitBody } from '@dandang/shared/participation/participation.schema';
import type {
  CategoryView,
  ChallengeView,
  PublicCategoryView,
  PublicSubmissionView,
  SettingsView,
  SubmissionDetail,
  SubmissionRow,
  SubmittedView,
  UnitIndicatorView,
} from '@dandang/shared/participation/participation-view.schema';
import { api } from '../../../platform/api/client';

export const PARTICIPATION_KEY = 'participation';

export interface SubmissionListQuery {
  kind?: SubmissionKind;
  state?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

const pub = '/api/v1/public/participation';
const at = (id: string, rest = '') => `/api/v1/participation/submissions/${id}${rest}`;

/** The participation module's routes (public.routes.ts, participation.routes.ts). */
export const participationApi = {
  publicCategories: (kind: SubmissionKind) => api.get<PublicCategoryView[]>(`${pub}/categories`, { kind }),
  challenge: () => api.get<ChallengeView>(`${pub}/challenge`),
  submit: (body: SubmitBody) => api.post<SubmittedView>(`${pub}/submissions`, body),
  track: (code: string) => api.get<PublicSubmissionView>(`${pub}/submissions/${encodeURIComponent(code.trim())}`),
  rate: (code: string, body: { rating: number; comment: string }) =>
    api.post<PublicSubmissionView>(`${pub}/submissions/${encodeURIComponent(code.trim())}/rating`, body),

  list: (query: SubmissionListQuery) => api.get<{ items: SubmissionRow[]; total: number }>('/api/v1/participation/submissions', { ...query }),
  get: (id: string) => api.get<SubmissionDetail>(at(id)),
  /** The full phone number: every call is audited on the server, so it is fetched only when asked for. */
  contact: (id: string) => api.get<{ name: string; phone: string }>(at(id, '/contact')),
  act: (id: string, action: string, body: { version: number; answer?: string; note?: string }) =>
    api.post<SubmissionDetail>(at(id, `/actions/${action}`), body),
  reward: (id: string, body: Record<string, unknown>) => api.post<SubmissionDetail>(at(id, '/reward'), body),
  addMilestone: (id: string, body: { title: string; plannedOn: string }) => api.post<SubmissionDetail>(at(id, '/milestones'), body),
  progress: (id: string, milestoneId: string, body: Record<string, unknown>) => api.patch<SubmissionDetail>(at(id, `/milestones/${milestoneId}`), body),
  transfer: (id: string, body: { version: number; unitId: string; reason: string }) => api.post<SubmissionDetail>(at(id, '/transfer'), body),
  moderate: (id: string, body: Record<string, unknown>) => api.post<SubmissionDetail>(at(id, '/moderation'), body),

  indicators: (query: { kind: SubmissionKind; from: string; to: string }) => api.get<UnitIndicatorView[]>('/api/v1/participation/unit-indicators', query),
  categories: () => api.get<CategoryView[]>('/api/v1/participation/categories'),
  createCategory: (body: Record<string, unknown>) => api.post<CategoryView>('/api/v1/participation/categories', body),
  updateCategory: (id: string, body: Record<string, unknown>) => api.patch<CategoryView>(`/api/v1/participation/categories/${id}`, body),
  settings: () => api.get<SettingsView>('/api/v1/participation/settings'),
  saveSettings: (body: Record<string, unknown>) => api.put<SettingsView>('/api/v1/participation/settings', body),
};
