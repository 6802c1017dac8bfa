import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { SQL } from 'drizzle-orm';
import { type Database, type Executor, queryRows, sql } from '../db/client';
import { currentMigration } from '../db/migrate';
import { tablesInDependencyOrder } from './table-order';

const FORMAT = 'dandang-backup/1';
const CHUNK = 2000;

interface Header {
  format: string;
  createdAt: string;
  engine: string;
  migration: string;
  tables: string[];
}

/**
 * A logical dump (gzip'd JSON lines: a header, then row chunks per table) read inside one repeatable-read
 * transaction, so it is consistent while the app keeps running, and restorable into either engine.
 */
export async function backupDatabase(database: Database, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const out = new PassThrough();
  const done = pipeline(out, createGzip(), createWriteStream(file));
  try {
    await dumpTables(database, counts, async (obj) => {
      if (!out.write(`${JSON.stringify(obj)}\n`)) await once(out, 'drain');
    });
  } catch (err) {
    out.destroy();
    await done.catch(() => {});
    rmSync(file, { force: true });
    throw err;
  }
  out.end();
  await done;
  return counts;
}

async function dumpTables(database: Database, counts: Record<string, number>, write: (obj: unknown) => Promise<void>): Promise<void> {
  await database.db.transaction(
    async (tx) => {
      const tables = await tablesInDependencyOrder(tx);
      const header: Header = { format: FORMAT, createdAt: new Date().toISOString(), engine: database.kind, migration: await currentMigration(tx), tables };
      await write(header);
      for (const table of tables) {
        counts[table] = 0;
        for (let offset = 0; ; offset += CHUNK) {
          const rows = await queryRows<{ r: unknown }>(
            tx,
            sql`select row_to_json(t) as r from ${sql.identifier(table)} t order by t.ctid limit ${CHUNK} offset ${offset}`,
          );
          if (rows.length === 0) break;
          await write({ table, rows: rows.map((x) => x.r) });
          counts[table] += rows.length;
          if (rows.length < CHUNK) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesInDependencyOrder(database.db)) {
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

export class RestoreRefused extends Error {}

/** Restores a dump into a migrated database, all or nothing; refuses one that holds data unless `force`. */
export async function restoreDatabase(database: Database, file: string, force: boolean): Promise<Record<string, number>> {
  try {
    return await restoreFrom(database, file, force);
  } catch (err) {
    // A truncated or corrupt file surfaces as a zlib or JSON error: say so instead of printing a stack.
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('Z_') || err instanceof SyntaxError) throw new RestoreRefused('备份文件已损坏或不完整');
    if (code === 'ENOENT') throw new RestoreRefused(`找不到备份文件 ${file}`);
    throw err;
  }
}

async function restoreFrom(database: Database, file: string, force: boolean): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (!header || header.format !== FORMAT) throw new RestoreRefused('不是担当备份文件');
  const existing = await rowCounts(database);
  const nonEmpty = Object.entries(existing).filter(([, n]) => n > 0);
  if (nonEmpty.length > 0 && !force) {
    throw new RestoreRefused(`目标数据库不是空的（${nonEmpty.map(([t, n]) => `${t}: ${n}`).join('，')}），如确需覆盖请加 --force`);
  }
  const counts: Record<string, number> = {};
  const columns = new Map<string, SQL>();
  await database.db.transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    for (const table of [...tables].reverse()) await tx.execute(sql`delete from ${sql.identifier(table)}`);
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      if (!next.value.trim()) continue;
      const chunk = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (!tables.includes(chunk.table)) throw new RestoreRefused(`备份中的表 ${chunk.table} 在当前版本中不存在`);
      if (!columns.has(chunk.table)) columns.set(chunk.table, await writableColumns(tx, chunk.table));
      const list = columns.get(chunk.table) as SQL;
      await tx.execute(
        sql`insert into ${sql.identifier(chunk.table)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(chunk.table)}, ${JSON.stringify(chunk.rows)}::json)`,
      );
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
  });
  return counts;
}

/** The columns a restore writes: a generated column (e.g. measures.promotion_bar_end) is computed again, never written. */
async function writableColumns(tx: Executor, table: string): Promise<SQL> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`,
  );
  return sql.join(
    rows.map((r) => sql.identifier(r.name)),
    sql`, `,
  );
}
