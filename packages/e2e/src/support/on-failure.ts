import { afterEach } from 'vitest';
import { recordOpenSessions } from './browser';

// Runs before the test file's own afterEach (hooks run in listed order, see vitest.config.ts), while its pages are open.
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await recordOpenSessions(ctx.task.name);
});
