import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { count, sql } from 'drizzle-orm';
import { fillIdNumberMasks } from './modules/cadres';
import { seedShippedCalendar } from './modules/calendar';
import { seedDictionaries } from './modules/dictionaries';
import { seedRoles, userRoles, users } from './modules/org';
import { seedNationalPolicy } from './modules/policy';
import { recordAudit } from './platform/audit/audit.service';
import type { AppConfig } from './platform/config';
import { type RequestContext, systemContext } from './platform/context';
import { generatePassword, hashPassword } from './platform/crypto/password';
import { createFieldCipher, type FieldCipher } from './platform/crypto/sm';
import { type Database, openDatabase } from './platform/db/client';
import { migrate } from './platform/db/migrate';

export async function openFromConfig(config: AppConfig): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    readDatabaseUrl: config.readDatabaseUrl,
    dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite`,
    statementLogFile: config.statementLogFile,
  });
}

/**
 * The SM4 field key: from DANDANG_FIELD_KEY, from the file DANDANG_FIELD_KEY_FILE, or generated once into the data
 * directory. Several instances on one PostgreSQL must be given the same key.
 */
export function loadFieldCipher(config: AppConfig): FieldCipher {
  if (config.fieldKey) return createFieldCipher(config.fieldKey);
  const file = config.fieldKeyFile ?? `${config.dataDir}/field.key`;
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return createFieldCipher(readFileSync(file, 'utf8').trim());
}

/** Reference data every installation needs, added only where missing so that administrators' edits survive restarts. */
export async function ensureBaseData(database: Database, ctx: RequestContext = systemContext()): Promise<void> {
  await seedRoles(database.db, ctx);
  await seedDictionaries(database.db, ctx);
  await seedShippedCalendar(database.db, ctx);
  await seedNationalPolicy(database.db, ctx);
}

/**
 * Creates the system administrator `admin` when there is no account of that name (a first start, also after demo
 * data was loaded first). A password from DANDANG_ADMIN_PASSWORD is used as given; a generated one is returned to be
 * printed once and must be changed at first login. A disabled `admin` stays as its administrators left it.
 */
export async function ensureFirstAdmin(database: Database, password: string | undefined): Promise<{ created: boolean; password?: string }> {
  // Exclusive: two instances starting together on an empty database would both find no `admin` and both insert one.
  return database.exclusive(async () => {
    const [row] = await database.db.select({ n: count() }).from(users).where(sql`lower(${users.username}) = 'admin'`);
    if ((row?.n ?? 0) > 0) return { created: false };
    const generated = password ? undefined : generatePassword();
    await createAdmin(database, 'admin', password ?? (generated as string), !password);
    return { created: true, password: generated };
  });
}

export async function createAdmin(database: Database, username: string, password: string, mustChange: boolean): Promise<void> {
  const passwordHash = await hashPassword(password);
  const ctx = systemContext();
  await database.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    await tx.insert(users).values({ id, username, displayName: '系统管理员', passwordHash, mustChangePassword: mustChange });
    await tx.insert(userRoles).values({ userId: id, roleCode: 'sys_admin' });
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      changes: { username: { before: null, after: username }, roles: { before: null, after: ['sys_admin'] } },
    });
  });
}

/**
 * Brings a database up to this version: its schema, the reference data, and stored values derived in code. Exclusive,
 * so that instances starting together do not apply one migration twice or seed the same reference rows at once.
 */
export async function prepareDatabase(database: Database, cipher: FieldCipher): Promise<void> {
  await database.exclusive(async () => {
    await migrate(database);
    await ensureBaseData(database);
    await fillIdNumberMasks(database.db, cipher);
  });
}
