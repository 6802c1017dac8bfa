import { z } from 'zod';

/** A Reason (reason.ts) in an API answer. */
export const reasonSchema = z.object({ code: z.string(), rule: z.string(), text: z.string() });
