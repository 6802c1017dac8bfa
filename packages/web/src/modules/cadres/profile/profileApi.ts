import type { AnnualGradeEntry, AnnualGradeRecord } from '@dandang/shared/cadres/annual-grade.schema';
import type { Timeline, TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import { api } from '../../../platform/api/client';

export type { AnnualGradeEntry, AnnualGradeRecord, Timeline, TimelineEntry };

export const profileApi = {
  timeline: (cadreId: string) => api.get<Timeline>(`/api/v1/cadres/${cadreId}/timeline`),
  grades: (cadreId: string) => api.get<AnnualGradeRecord[]>(`/api/v1/cadres/${cadreId}/annual-grades`),
  putGrade: (cadreId: string, year: number, body: { grade: AnnualGradeEntry; note: string; version?: number }) =>
    api.put<AnnualGradeRecord>(`/api/v1/cadres/${cadreId}/annual-grades/${year}`, body),
};

export const gradeKeys = { list: (cadreId: string) => ['cadres', 'grades', cadreId] };
