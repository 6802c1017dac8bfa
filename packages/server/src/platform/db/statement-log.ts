import { appendFileSync } from 'node:fs';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Writes every statement the app sends, with its parameters, as one JSON line to `file`. Off unless configured
 * (DANDANG_SQL_LOG): the benchmark turns it on to replay exactly the SQL one request ran on a bare `pg` client, which
 * is the baseline the app's own latency is compared with.
 */
export function statementLog(file: string): Logger {
  return {
    logQuery(query, params) {
      appendFileSync(file, `${JSON.stringify({ at: Date.now(), query, params })}\n`);
    },
  };
}
