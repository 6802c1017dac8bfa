import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database';
import { sql } from './client';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)('the PostgreSQL pool', () => {
  it('outlives an idle connection the server ends, and answers the next query', async () => {
    const { database, cleanup } = await createTestDatabase({ baseData: false });
    try {
      const [me] = await database.rows<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      const warned = new Promise<string>((resolve) => process.once('warning', (w) => resolve(w.message)));
      // Another session ends the pool's idle connection, as a restart or an administrator would.
      const killer = await createTestDatabase({ baseData: false });
      try {
        await killer.database.rows(sql`select pg_terminate_backend(${me?.pid})`);
      } finally {
        await killer.cleanup();
      }
      expect(await warned).toContain('PostgreSQL closed an idle connection');
      const [after] = await database.rows<{ one: number }>(sql`select 1 as one`);
      expect(after?.one).toBe(1);
    } finally {
      await cleanup();
    }
  });
});
