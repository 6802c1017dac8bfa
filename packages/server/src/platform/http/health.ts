import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/client';
import { currentMigration } from '../db/migrate';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgresql']),
  version: z.string(),
  migration: z.string(),
});

export function registerHealth(app: FastifyInstance, database: Database, version: string): void {
  app.get('/api/health', { schema: { tags: ['health'], summary: '运行状态', response: { 200: healthSchema } }, config: { public: true } }, async () => {
    try {
      return { status: 'ok' as const, db: database.kind, version, migration: await currentMigration(database.db) };
    } catch {
      return { status: 'degraded' as const, db: database.kind, version, migration: 'unknown' };
    }
  });
}
