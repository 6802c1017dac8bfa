import { chinaDateOf } from '@dandang/shared/dates/date';
import type { RoleCode } from '@dandang/shared/org/permissions';
import { eq } from 'drizzle-orm';
import { jurisdictions } from '../modules/org';
import { recordAudit } from '../platform/audit/audit.service';
import { systemContext } from '../platform/context';
import { hashPassword } from '../platform/crypto/password';
import type { FieldCipher } from '../platform/crypto/sm';
import { type Database, type Executor, sql } from '../platform/db/client';
import { type CareerCadre, type PostRow, planCareer } from './demo-career';
import {
  DEMO_COUNTY,
  DEMO_PARTICIPATION_CATEGORIES,
  type DemoUnit,
  EDUCATION_WEIGHTS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  POLITICAL_WEIGHTS,
  POSTS,
  SURNAMES,
} from './demo-county.data';
import { type MeasureCadre, makeGrades, makeMeasures } from './demo-measures';
import { makePools, type PoolCadre } from './demo-pools';
import { type CadreDraft, createIdNumberMaker, makeCurrentPost, makeProfile, sealIdNumber } from './demo-profile';
import { makeSupervision } from './demo-supervision';
import { createRandom, demoId, type Random } from './random';

export interface DemoOptions {
  cadres: number;
  seed: number;
  password: string;
  /**
   * The day the demo is loaded on (default: today in China). Measures, grades and pools are placed relative to it so
   * that promotion bars end within the coming month whenever the demo is loaded; the same seed and day give the same
   * county.
   */
  today?: string;
  /** The installation's field cipher: demo ID numbers are stored as the registry stores real ones. */
  cipher: FieldCipher;
}

export interface DemoAccount {
  username: string;
  role: RoleCode;
  displayName: string;
  unitName: string;
}

interface UnitRow {
  id: string;
  jurisdiction_id: string;
  parent_id: string | null;
  name: string;
  code: string;
  type: string;
  path: string;
  sort_order: number;
}

const BATCH = 5000;

/**
 * Inserts rows through one `json_populate_recordset` per batch: fast on both engines, no driver-specific COPY. Only
 * the columns the rows carry are named, so the others keep their defaults. `prepare` finishes each row (encrypts it)
 * just before its batch is sent, so that on PostgreSQL the next batch is prepared while the server inserts this one.
 */
async function insertRows(db: Executor, table: string, rows: object[], prepare: (row: object) => object = (row) => row): Promise<void> {
  let pending: Promise<unknown> | undefined;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map(prepare);
    const columns = sql.join(
      Object.keys(batch[0] as object).map((c) => sql.identifier(c)),
      sql`, `,
    );
    const chunk = JSON.stringify(batch);
    await pending;
    const query = db.execute(
      sql`insert into ${sql.identifier(table)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.identifier(table)}, ${chunk}::json)`,
    );
    // A Drizzle query runs on each `then`: call it exactly once, now, so the statement is on its way while the loop
    // prepares the next batch; a failure surfaces at the next `await pending`.
    pending = new Promise((resolve, reject) => {
      query.then(resolve, reject);
    });
    pending.catch(() => {});
  }
  await pending;
}

function flattenUnits(jurisdictionId: string, random: Random): UnitRow[] {
  const rows: UnitRow[] = [];
  const walk = (unit: DemoUnit, parent: UnitRow | null, order: number) => {
    const id = demoId(random);
    const row: UnitRow = {
      id,
      jurisdiction_id: jurisdictionId,
      parent_id: parent?.id ?? null,
      name: unit.name,
      code: unit.code,
      type: unit.type,
      path: `${parent?.path ?? '/'}${id}/`,
      sort_order: order,
    };
    rows.push(row);
    for (const [i, child] of (unit.children ?? []).entries()) walk(child, row, i + 1);
  };
  walk(DEMO_COUNTY, null, 1);
  return rows;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The post of the n-th person of a unit: posts fill in table order, each up to its head count. */
function postForSlot(posts: ReadonlyArray<readonly [string, string, number]>, slot: number): readonly [string, string, number] {
  let remaining = slot;
  for (const post of posts) {
    if (remaining < post[2]) return post;
    remaining -= post[2];
  }
  return posts[posts.length - 1] as readonly [string, string, number];
}

function makeCadres(units: UnitRow[], count: number, random: Random) {
  const cadres: object[] = [];
  const postRows: PostRow[] = [];
  const idNumberFor = createIdNumberMaker();
  // Spread people over units in proportion to the size of each unit type's post table, heads first.
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length] as UnitRow;
    const posts = POSTS[unit.type] ?? (POSTS.government as Array<readonly [string, string, number]>);
    const slot = Math.floor(i / units.length);
    const headCount = posts.reduce((a, [, , n]) => a + n, 0);
    const post = postForSlot(posts, slot % headCount);
    const female = random.next() < 0.38;
    const name = random.pick(SURNAMES) + random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    const gender = female ? '2' : '1';
    const birthDate = isoDate(random.int(1966, 2000), random.int(1, 12), random.int(1, 28));
    const politicalStatus = random.weighted(POLITICAL_WEIGHTS);
    const cadre = {
      id: demoId(random),
      name,
      gender,
      birth_date: birthDate,
      ethnicity: random.weighted([
        ['01', 92],
        ['03', 3],
        ['08', 2],
        ['11', 2],
        ['15', 1],
      ]),
      education: random.weighted(EDUCATION_WEIGHTS),
      political_status: politicalStatus,
      unit_id: unit.id,
      post: post[0],
      rank: post[1],
      phone: `1${random.pick(['35', '38', '39', '51', '58', '87', '88'])}${String(random.int(0, 99999999)).padStart(8, '0')}`,
      version: 1,
      ...makeProfile(random, idNumberFor(birthDate, gender), { birthDate, gender, politicalStatus }),
    };
    cadres.push(cadre);
    postRows.push(makeCurrentPost(demoId(random), cadre, unit.name));
  }
  return { cadres, posts: postRows };
}

const DEMO_ACCOUNTS: Array<{ username: string; role: RoleCode; displayName: string; unitCode: string; linkCadre?: boolean }> = [
  { username: 'demo_admin', role: 'sys_admin', displayName: '信息中心 系统管理员', unitCode: 'SFX-XWB' },
  { username: 'demo_org', role: 'org_dept', displayName: '组织部 干部科', unitCode: 'SFX-ZZB' },
  { username: 'demo_discipline', role: 'discipline', displayName: '纪委监委 案件室', unitCode: 'SFX-JW' },
  { username: 'demo_unit_admin', role: 'unit_admin', displayName: '教育局 联络员', unitCode: 'SFX-JYJ' },
  { username: 'demo_unit_admin2', role: 'unit_admin', displayName: '财政局 联络员', unitCode: 'SFX-CZJ' },
  { username: 'demo_leader', role: 'unit_leader', displayName: '教育局 主要负责人', unitCode: 'SFX-JYJ', linkCadre: true },
  { username: 'demo_cadre', role: 'cadre', displayName: '教育局 干部', unitCode: 'SFX-JYJ', linkCadre: true },
];

export class DemoExists extends Error {}

type DemoCadre = CareerCadre & MeasureCadre & PoolCadre;

/**
 * Everything the registry holds about the people besides their profile: posts histories, measures, annual grades,
 * talent pools and supervision records. It draws from its own stream of the seed, so the people stay the same.
 */
function makeRecords(seed: number, units: UnitRow[], made: ReturnType<typeof makeCadres>, orgUserId: string, today: string) {
  const random = createRandom(seed ^ 0x5f3759df);
  const cadres = made.cadres as DemoCadre[];
  const earlierPosts = cadres.flatMap((cadre, i) => planCareer(random, cadre, made.posts[i] as PostRow, units, today));
  const measures = makeMeasures(random, cadres, today);
  const grades = makeGrades(random, cadres, measures, today);
  const pools = makePools(random, cadres, measures, grades, orgUserId, today);
  const supervision = makeSupervision(
    random,
    cadres.map((c) => c.id),
    measures,
    orgUserId,
    today,
  );
  // In key order, index inserts and foreign-key lookups walk the b-trees page by page instead of at random.
  const byCadre = (a: { cadre_id: string }, b: { cadre_id: string }) => (a.cadre_id < b.cadre_id ? -1 : a.cadre_id > b.cadre_id ? 1 : 0);
  return { earlierPosts: earlierPosts.sort(byCadre), measures, grades: grades.sort(byCadre), pools, supervision };
}

/** Loads the demo county in one transaction: all of it or nothing. */
export async function seedDemo(database: Database, options: DemoOptions): Promise<{ units: number; cadres: number; accounts: DemoAccount[] }> {
  const random = createRandom(options.seed);
  const existing = await database.db.select().from(jurisdictions).where(eq(jurisdictions.code, 'DEMO-SFX'));
  if (existing.length > 0) throw new DemoExists('演示数据已经加载过（地区代码 DEMO-SFX 已存在）');
  const passwordHash = await hashPassword(options.password);
  const jurisdictionId = demoId(random);
  const units = flattenUnits(jurisdictionId, random);
  const made = makeCadres(units, options.cadres, random);
  const cadres = made.cadres as Array<{ id: string; unit_id: string; name: string }>;
  const accounts: DemoAccount[] = [];
  const users: object[] = [];
  const links: object[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const unit = units.find((u) => u.code === a.unitCode) as UnitRow;
    const cadre = a.linkCadre ? cadres.find((c) => c.unit_id === unit.id && !users.some((u) => (u as { cadre_id: string }).cadre_id === c.id)) : undefined;
    const id = demoId(random);
    const displayName = cadre ? `${cadre.name}（${a.displayName}）` : a.displayName;
    users.push({
      id,
      username: a.username,
      display_name: displayName,
      unit_id: unit.id,
      cadre_id: cadre?.id ?? null,
      password_hash: passwordHash,
      must_change_password: false,
      disabled: false,
      failed_attempts: 0,
      version: 1,
    });
    links.push({ user_id: id, role_code: a.role });
    accounts.push({ username: a.username, role: a.role, displayName, unitName: unit.name });
  }
  const orgUserId = (users as Array<{ id: string; username: string }>).find((u) => u.username === 'demo_org')?.id as string;
  const records = makeRecords(options.seed, units, made, orgUserId, options.today ?? chinaDateOf(new Date()));
  const ctx = systemContext();
  await database.db.transaction(async (tx) => {
    await tx.insert(jurisdictions).values({ id: jurisdictionId, code: 'DEMO-SFX', name: '示范县', level: 'county' });
    await insertRows(
      tx,
      'units',
      units.map((u) => ({ ...u, version: 1 })),
    );
    await insertRows(tx, 'cadres', cadres, (row) => sealIdNumber(options.cipher, row as CadreDraft));
    await insertRows(tx, 'cadre_posts', made.posts);
    await insertRows(tx, 'cadre_posts', records.earlierPosts);
    await insertRows(tx, 'measures', records.measures);
    await insertRows(tx, 'annual_grades', records.grades);
    await insertRows(tx, 'users', users);
    await insertRows(tx, 'user_roles', links);
    await insertRows(tx, 'talent_pools', records.pools.pools);
    await insertRows(tx, 'talent_pool_members', records.pools.members);
    await insertRows(tx, 'supervision_records', records.supervision);
    await insertRows(
      tx,
      'participation_categories',
      DEMO_PARTICIPATION_CATEGORIES.map((c) => ({
        id: demoId(random),
        kind: c.kind,
        name: c.name,
        unit_id: (units.find((u) => u.code === c.unitCode) as UnitRow).id,
        active: true,
        version: 1,
        created_at: new Date().toISOString(),
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'seed.demo',
      entity: 'jurisdiction',
      entityId: jurisdictionId,
      changes: {
        units: { before: 0, after: units.length },
        cadres: { before: 0, after: cadres.length },
        users: { before: 0, after: users.length },
        posts: { before: 0, after: made.posts.length + records.earlierPosts.length },
        measures: { before: 0, after: records.measures.length },
        annualGrades: { before: 0, after: records.grades.length },
        talentPoolMembers: { before: 0, after: records.pools.members.length },
        supervisionRecords: { before: 0, after: records.supervision.length },
        participationCategories: { before: 0, after: DEMO_PARTICIPATION_CATEGORIES.length },
      },
    });
  });
  // A bulk load leaves the planner's statistics empty until autovacuum comes round; searches planned on them would
  // pick nested loops over hundreds of thousands of rows, so the statistics are gathered now.
  await database.db.execute(sql`analyze`);
  return { units: units.length, cadres: cadres.length, accounts };
}
