import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../../platform/api/api-error';
import { useJob, useRememberJob } from '../../../../platform/jobs';
import type { ImportJob, ImportSummary } from '../import.types';

/**
 * Where an import stands, derived from its job alone: the job id sits in the address (`?job=`), so a reload, the
 * back button or a link to a colleague lands on the same step, and the server stays the only keeper of the state.
 */
export type ImportStage = 'prepare' | 'loading' | 'validating' | 'preview' | 'committing' | 'done' | 'failed' | 'lost';

export function stageOf(job: ImportJob | undefined): ImportStage {
  if (!job) return 'prepare';
  if (job.status === 'failed') return 'failed';
  if (job.status === 'running') return job.phase === 'commit' ? 'committing' : 'validating';
  return job.summary?.stage === 'committed' ? 'done' : 'preview';
}

export function useImportFlow() {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const remember = useRememberJob();
  const { data, error } = useJob<ImportSummary>(jobId);
  const job = data as ImportJob | undefined;

  /** Follows a job the server just started or advanced; pushes a history entry so 后退 returns to the upload. */
  const follow = useCallback(
    (next: ImportJob) => {
      remember(next);
      if (next.id !== jobId) setParams({ job: next.id });
    },
    [jobId, remember, setParams],
  );
  const restart = useCallback(() => setParams({}), [setParams]);

  // A job id that no longer answers (expired, or another user's link: 404), or that never answered at all: say so
  // instead of spinning forever. A poll that fails once while the job is known keeps showing the job; the next poll
  // tries again.
  const gone = isApiError(error) && error.status === 404;
  const stage: ImportStage = jobId && error && (gone || !job) ? 'lost' : jobId && !job ? 'loading' : stageOf(job);
  return { jobId, job, stage, error, follow, restart };
}
