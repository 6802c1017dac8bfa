import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../platform/api/client';
import type { CalendarDay, CalendarYearDetail, CalendarYearSummary, ComputeInput, ComputeResult, DayKind } from '../calendar.types';

const YEARS_KEY = ['calendar', 'years'] as const;

export function useCalendarYears() {
  return useQuery({ queryKey: YEARS_KEY, queryFn: () => api.get<CalendarYearSummary[]>('/api/v1/calendar/years') });
}

export function useCalendarYear(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...YEARS_KEY, year],
    queryFn: () => api.get<CalendarYearDetail>(`/api/v1/calendar/years/${year}`),
    enabled,
  });
}

export function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: YEARS_KEY });
}

export const calendarApi = {
  createYear: (year: number) => api.post<CalendarYearSummary>('/api/v1/calendar/years', { year }),
  setDay: (date: string, kind: DayKind | 'normal', name?: string) =>
    api.put<CalendarDay | undefined>(`/api/v1/calendar/days/${date}`, kind === 'normal' ? { kind } : { kind, name }),
  /** Tolerates the answer wrapped as `{ result }`, as the generic rules endpoint may do. */
  compute: async (input: ComputeInput): Promise<ComputeResult> => {
    const answer = await api.post<ComputeResult | { result: ComputeResult }>('/api/v1/calendar/compute', input);
    return 'result' in answer ? answer.result : answer;
  },
};
