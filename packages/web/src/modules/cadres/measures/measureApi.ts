import type { Impact, Measure, MeasureAlert, RecordMeasureBody } from '@dandang/shared/cadres/measure.schema';
import { api } from '../../../platform/api/client';

export type { Impact, Measure, MeasureAlert, RecordMeasureBody };

/** The measures register (measures.routes.ts): a cadre's measures, the impact panel, and the 影响期提醒 list. */
export const measureApi = {
  list: (cadreId: string) => api.get<Measure[]>(`/api/v1/cadres/${cadreId}/measures`),
  record: (cadreId: string, body: RecordMeasureBody) => api.post<Measure>(`/api/v1/cadres/${cadreId}/measures`, body),
  lift: (id: string, body: { liftedOn: string; version: number }) => api.post<Measure>(`/api/v1/measures/${id}/lift`, body),
  revoke: (id: string, body: { reason: string; version: number }) => api.post<Measure>(`/api/v1/measures/${id}/revoke`, body),
  impact: (cadreId: string) => api.get<Impact>(`/api/v1/cadres/${cadreId}/impact`),
  alerts: (withinDays: number) => api.get<{ asOf: string; withinDays: number; items: MeasureAlert[] }>('/api/v1/measures/alerts', { withinDays }),
};

/** Query keys of everything a measure change moves: the list, the impact panel and the timeline of that cadre. */
export const measureKeys = {
  list: (cadreId: string) => ['cadres', 'measures', cadreId],
  impact: (cadreId: string) => ['cadres', 'impact', cadreId],
  timeline: (cadreId: string) => ['cadres', 'timeline', cadreId],
};
