import type { JobStatus, JobView } from '@dandang/shared/jobs/job.schema';

export type { JobStatus };

/**
 * A background job as `GET /api/v1/jobs/:id` answers it (imports, large exports), with the result shape its kind
 * gives `summary`. Progress lives on the server, so a page can pick a job up again from its id after a reload.
 */
export type Job<Summary = unknown> = Omit<JobView, 'summary'> & { summary: Summary | null };
