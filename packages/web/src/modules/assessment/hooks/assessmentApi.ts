import type { BallotSessionView, BallotTally, CreateBallotSessionBody, IssuedCodes } from '@dandang/shared/assessment/ballot.schema';
import type { CycleBody, CycleView, ParticipantView } from '@dandang/shared/assessment/cycle.schema';
import type { CycleState } from '@dandang/shared/assessment/cycle.states';
import type { IndicatorBody, IndicatorRevisionView, IndicatorView, UpdateIndicatorBody } from '@dandang/shared/assessment/indicator.schema';
import type { SchemeBody, SchemeCategory, SchemeView, UpdateSchemeBody } from '@dandang/shared/assessment/scheme.schema';
import { api } from '../../../platform/api/client';

export const indicatorApi = {
  list: (query: { keyword?: string; kind?: string; includeRetired?: boolean }) => api.get<IndicatorView[]>('/api/v1/assessment/indicators', query),
  create: (body: IndicatorBody) => api.post<IndicatorView>('/api/v1/assessment/indicators', body),
  update: (id: string, body: UpdateIndicatorBody) => api.put<IndicatorView>(`/api/v1/assessment/indicators/${id}`, body),
  setRetired: (id: string, body: { version: number; retired: boolean }) => api.post<IndicatorView>(`/api/v1/assessment/indicators/${id}/retired`, body),
  revisions: (id: string) => api.get<IndicatorRevisionView[]>(`/api/v1/assessment/indicators/${id}/revisions`),
};

export const schemeApi = {
  list: (category?: SchemeCategory) => api.get<SchemeView[]>('/api/v1/assessment/schemes', { category }),
  get: (id: string) => api.get<SchemeView>(`/api/v1/assessment/schemes/${id}`),
  create: (body: SchemeBody) => api.post<SchemeView>('/api/v1/assessment/schemes', body),
  update: (id: string, body: UpdateSchemeBody) => api.put<SchemeView>(`/api/v1/assessment/schemes/${id}`, body),
  remove: (id: string, version: number) => api.delete<null>(`/api/v1/assessment/schemes/${id}?version=${version}`),
};

export const cycleApi = {
  list: () => api.get<CycleView[]>('/api/v1/assessment/cycles'),
  get: (id: string) => api.get<CycleView>(`/api/v1/assessment/cycles/${id}`),
  create: (body: CycleBody) => api.post<CycleView>('/api/v1/assessment/cycles', body),
  remove: (id: string, version: number) => api.delete<null>(`/api/v1/assessment/cycles/${id}?version=${version}`),
  advance: (id: string, body: { version: number; to: CycleState }) => api.post<CycleView>(`/api/v1/assessment/cycles/${id}/advance`, body),
  population: (id: string) => api.get<Array<{ category: SchemeCategory; count: number }>>(`/api/v1/assessment/cycles/${id}/population`),
  participants: (id: string, query: { category?: string; page: number; pageSize: number }) =>
    api.get<{ items: ParticipantView[]; total: number }>(`/api/v1/assessment/cycles/${id}/participants`, query),
};

export const ballotApi = {
  sessions: (cycleId: string) => api.get<BallotSessionView[]>(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`),
  create: (cycleId: string, body: CreateBallotSessionBody) => api.post<IssuedCodes>(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, body),
  close: (id: string, version: number) => api.post<BallotSessionView>(`/api/v1/assessment/ballot-sessions/${id}/close`, { version }),
  tally: (id: string) => api.get<BallotTally>(`/api/v1/assessment/ballot-sessions/${id}/tally`),
};

/** Every assessment query starts with this key. */
export const ASSESSMENT_KEY = 'assessment';
