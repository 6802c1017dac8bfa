import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import type { Job } from './job.types';

/** How often a running job is asked for its progress: often enough for a moving bar, rarely enough for a busy server. */
const POLL_MS = 700;

const jobKey = (jobId: string) => ['jobs', jobId] as const;

export function fetchJob<Summary>(jobId: string): Promise<Job<Summary>> {
  return api.get<Job<Summary>>(`/api/v1/jobs/${encodeURIComponent(jobId)}`);
}

/**
 * Follows a background job: polls while it runs and stops once it has succeeded or failed. `jobId` null means no job
 * yet. The answer of the call that started the job can be handed to `useRememberJob` so the bar shows at once.
 */
export function useJob<Summary = unknown>(jobId: string | null) {
  return useQuery({
    queryKey: jobKey(jobId ?? ''),
    queryFn: () => fetchJob<Summary>(jobId as string),
    enabled: jobId !== null,
    // A finished job never changes again; a running one is always stale.
    staleTime: (query) => (query.state.data?.status === 'running' ? 0 : Number.POSITIVE_INFINITY),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : POLL_MS),
    // Keep polling while the tab is in the background: an import can take minutes and the user may look elsewhere.
    refetchIntervalInBackground: true,
  });
}

export function rememberJob(queryClient: QueryClient, job: Job<unknown>): void {
  queryClient.setQueryData(jobKey(job.id), job);
}

/** Stores a job answer (from the POST that started or advanced it) as the latest known state of that job. */
export function useRememberJob(): (job: Job<unknown>) => void {
  const queryClient = useQueryClient();
  return useCallback((job) => rememberJob(queryClient, job), [queryClient]);
}
