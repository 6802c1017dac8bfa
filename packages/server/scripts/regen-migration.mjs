// Regenerates the pending (not yet released) migration from the current schema: removes the migrations after the
// last released one, then lets drizzle-kit write one new migration holding every table change since. Released
// migrations are never touched. Usage: node scripts/regen-migration.mjs <name>  (from packages/server)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The last migration that has been released; everything after it is pending and may be regenerated. */
const LAST_RELEASED = 8;
const name = process.argv[2];
if (!name) throw new Error('usage: regen-migration.mjs <name>');

const dir = new URL('../drizzle/', import.meta.url).pathname;
const journalPath = join(dir, 'meta/_journal.json');
const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
const pending = journal.entries.filter((e) => e.idx > LAST_RELEASED);
for (const entry of pending) {
  rmSync(join(dir, `${entry.tag}.sql`), { force: true });
  rmSync(join(dir, `meta/${String(entry.idx).padStart(4, '0')}_snapshot.json`), { force: true });
}
journal.entries = journal.entries.filter((e) => e.idx <= LAST_RELEASED);
writeFileSync(journalPath, `${JSON.stringify(journal, null, 2)}\n`);
for (const file of readdirSync(dir)) {
  const idx = Number(file.slice(0, 4));
  if (file.endsWith('.sql') && idx > LAST_RELEASED) rmSync(join(dir, file));
}
const run = spawnSync('npx', ['drizzle-kit', 'generate', '--name', name], { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit' });
process.exit(run.status ?? 1);
