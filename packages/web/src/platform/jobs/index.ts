/** Background jobs as the pages see them: follow one by id and show its progress. */

export { DEFAULT_PHASE_LABELS, JobProgress } from './JobProgress';
export type { Job, JobStatus } from './job.types';
export { fetchJob, rememberJob, useJob, useRememberJob } from './useJob';
