import type { PoolBoard, PoolCandidate, PoolMember, PoolReview, TalentPool } from '@dandang/shared/cadres/talent-pool.schema';
import { api } from '../../../platform/api/client';
import type { ListPage } from '../../../platform/api/types';

export interface PoolFields {
  name: string;
  field?: string;
  specialty?: string;
  level: TalentPool['level'];
  description?: string;
}

export const talentPoolApi = {
  board: () => api.get<PoolBoard>('/api/v1/talent-pools/board'),
  get: (id: string) => api.get<TalentPool>(`/api/v1/talent-pools/${id}`),
  create: (body: PoolFields) => api.post<TalentPool>('/api/v1/talent-pools', body),
  update: (id: string, body: Partial<PoolFields> & { active?: boolean; version: number }) => api.patch<TalentPool>(`/api/v1/talent-pools/${id}`, body),
  members: (id: string, query: { status?: string; page: number; pageSize: number }) =>
    api.get<ListPage<PoolMember>>(`/api/v1/talent-pools/${id}/members`, query),
  candidates: (id: string, query: { keyword?: string; page: number; pageSize: number }) =>
    api.get<ListPage<PoolCandidate> & { asOf: string }>(`/api/v1/talent-pools/${id}/candidates`, query),
  nominate: (id: string, body: { cadreId: string; reason: string }) => api.post<PoolMember>(`/api/v1/talent-pools/${id}/members`, body),
  approve: (memberId: string, body: { version: number; note?: string }) => api.post<PoolMember>(`/api/v1/talent-pool-members/${memberId}/approve`, body),
  reject: (memberId: string, body: { version: number; note: string }) => api.post<PoolMember>(`/api/v1/talent-pool-members/${memberId}/reject`, body),
  exit: (memberId: string, body: { version: number; note: string }) => api.post<PoolMember>(`/api/v1/talent-pool-members/${memberId}/exit`, body),
  review: (id: string, year: number) => api.get<PoolReview>(`/api/v1/talent-pools/${id}/review`, { year }),
  applyExits: (id: string, body: { year: number; memberIds: string[] }) =>
    api.post<{ exited: number; skipped: number }>(`/api/v1/talent-pools/${id}/review/apply`, body),
};

/** Every query of the talent pool starts with this key, so one invalidation refreshes board, lists and counts. */
export const POOL_KEY = 'talent-pools';
