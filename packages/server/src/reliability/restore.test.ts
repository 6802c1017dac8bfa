import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../platform/backup/backup';
import { DrillClient } from './drill-client';
import { reportFigures } from './drill-report';
import { createTarget, type DrillTarget, engineUnderTest, readTarget } from './drill-target';
import { runCli, ServerProcess } from './server-process';

/*
 * The operator's backup and restore, end to end with the CLI: `dandang backup` of a county in use, `dandang restore`
 * into an empty database of the same engine (a new PostgreSQL database, or a new PGlite data directory), then the
 * restored copy checked by count, by its audit chain, and by serving it. platform/backup/backup.test.ts covers the
 * format and its refusals in-process.
 */

interface CadreView {
  id: string;
  name: string;
  unitName: string;
  version: number;
}

describe(`[reliability] dandang backup, then dandang restore into an empty database (${engineUnderTest})`, () => {
  let source: DrillTarget;
  let copy: DrillTarget;

  beforeAll(async () => {
    [source, copy] = await Promise.all([createTarget(), createTarget()]);
    await runCli(source, ['seed', '--demo', '--cadres', '200']);
  }, 300_000);

  afterAll(async () => {
    await ServerProcess.killAll();
    await source?.remove();
    await copy?.remove();
  });

  it('restores every row, keeps the audit chain whole, and the restored copy serves the same records', async () => {
    // Use the source first, so the copy has sessions, audit entries and an edit to carry.
    const { server } = await ServerProcess.start(source);
    const org = await DrillClient.signIn(server.baseUrl, 'demo_org');
    const [listed] = (await org.json<{ items: CadreView[] }>('GET', '/api/v1/cadres?pageSize=1')).items;
    const edited = await org.json<CadreView>('PATCH', `/api/v1/cadres/${listed?.id}`, { version: listed?.version, post: '备份演练岗位' });
    const idNumber = await org.json<{ idNumber: string }>('GET', `/api/v1/cadres/${edited.id}/id-number`);
    // Stopped, so that the counts compared below are those of the moment of the backup.
    await server.stop();

    const file = join(source.dataDir, 'county.backup.gz');
    const backedUp = await runCli(source, ['backup', file]);
    const restored = await runCli(copy, ['restore', file]);
    const [before, after] = await Promise.all([readTarget(source, rowCounts), readTarget(copy, rowCounts)]);
    expect(after).toEqual(before);
    expect(before.cadres).toBeGreaterThanOrEqual(200);
    expect((await runCli(copy, ['audit', 'verify'])).stdout).toContain('审计链完整');

    const { server: restoredServer, readyMs } = await ServerProcess.start(copy);
    const again = await DrillClient.signIn(restoredServer.baseUrl, 'demo_org');
    expect(await again.json<CadreView>('GET', `/api/v1/cadres/${edited.id}`)).toEqual(edited);
    // The sealed ID number opens with the deployment's key on the copy too.
    expect(await again.json('GET', `/api/v1/cadres/${edited.id}/id-number`)).toEqual(idNumber);
    await restoredServer.stop();
    const rows = Object.values(before).reduce((a, b) => a + b, 0);
    reportFigures(
      `[restore ${engineUnderTest}] ${Object.keys(before).length} tables, ${rows} rows; ${backedUp.stdout.trim()}; ${restored.stdout.trim()}; restored copy served in ${readyMs} ms`,
    );
  }, 300_000);
});
