#!/usr/bin/env node
// `npm test`: static checks, then unit and integration tests on PGlite, again on PostgreSQL when TEST_DATABASE_URL
// is set, then the browser tests against the built app. Ends with one summary line of every test that ran.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'dandang-test-'));
const serverUrl = process.env.TEST_DATABASE_URL;
const withoutServer = { ...process.env };
delete withoutServer.TEST_DATABASE_URL;

const stages = [
  { name: '静态检查 (biome, tsc -b, depcruise)', cmd: ['npm', 'run', 'check'] },
  { name: '单元与集成测试 (PGlite)', cmd: ['npx', 'vitest', 'run'], env: withoutServer, report: 'pglite' },
  ...(serverUrl ? [{ name: '集成测试 (PostgreSQL)', cmd: ['npx', 'vitest', 'run', 'packages/server'], env: { ...process.env }, report: 'postgresql' }] : []),
  { name: '构建前端', cmd: ['npm', 'run', 'build'] },
  { name: '浏览器测试 (Chromium)', cmd: ['npx', 'vitest', 'run', '--config', 'packages/e2e/vitest.config.ts'], env: withoutServer, report: 'e2e' },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStage;
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const args = [...stage.cmd.slice(1)];
  if (stage.report) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${stage.report}.json`)}`);
  const result = spawnSync(stage.cmd[0], args, { cwd: root, stdio: 'inherit', env: stage.env ?? process.env });
  if (stage.report) {
    try {
      const json = JSON.parse(readFileSync(join(reports, `${stage.report}.json`), 'utf8'));
      totals.passed += json.numPassedTests;
      totals.failed += json.numFailedTests;
      totals.skipped += json.numPendingTests + json.numTodoTests;
    } catch {
      // A stage that crashed before writing its report is counted as failed below.
    }
  }
  if (result.status !== 0) {
    failedStage = stage.name;
    break;
  }
}
rmSync(reports, { recursive: true, force: true });
if (failedStage) console.log(`\n✗ 未通过：${failedStage}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStage || totals.failed > 0 ? 1 : 0);
