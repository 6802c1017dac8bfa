import type { CreateSupervisionBody, SupervisionRecord, UpdateSupervisionBody } from '@dandang/shared/cadres/supervision.schema';
import { api } from '../../../../platform/api/client';

export const supervisionApi = {
  list: (cadreId: string) => api.get<SupervisionRecord[]>(`/api/v1/cadres/${cadreId}/supervision`),
  create: (cadreId: string, body: Partial<CreateSupervisionBody>) => api.post<SupervisionRecord>(`/api/v1/cadres/${cadreId}/supervision`, body),
  update: (id: string, body: Partial<UpdateSupervisionBody> & { version: number }) => api.patch<SupervisionRecord>(`/api/v1/supervision/${id}`, body),
  revoke: (id: string, body: { reason: string; version: number }) => api.post<SupervisionRecord>(`/api/v1/supervision/${id}/revoke`, body),
};

/** The query key of a cadre's records; a change also touches the measures and the impact panel (提醒、函询、诫勉). */
export const supervisionKey = (cadreId: string) => ['cadres', 'supervision', cadreId];
