import { z } from 'zod';

/**
 * A background job as the API shows it (large imports and exports). Progress is `done` of `total` in the current
 * `phase`; `total` is null while it is not known yet (e.g. rows of a workbook still being read). The shape of
 * `summary` belongs to the job's kind; a failed job carries `error` as `{ code, message }` in Chinese.
 */
export const jobStatusSchema = z.enum(['running', 'succeeded', 'failed']);

export const jobErrorSchema = z.object({ code: z.string(), message: z.string() });

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: jobStatusSchema,
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  summary: z.unknown().nullable(),
  error: jobErrorSchema.nullable(),
  /** Name of the result file, when the job made one (download it from `/api/v1/jobs/:id/file`). */
  fileName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** What a route that starts a job answers (202). */
export const jobStartedSchema = z.object({ job: jobSchema });

export type JobStatus = z.infer<typeof jobStatusSchema>;
export type JobView = z.infer<typeof jobSchema>;
