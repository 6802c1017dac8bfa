import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/org.tables';
import { promotionBarEndExpression } from './promotion-bar-end.sql';

/**
 * The cadre record. The ID number is stored only encrypted (SM4, `id_number_enc`) with a keyed SM3 digest beside it
 * (`id_number_digest`) so that a duplicate or an import match can be found without decrypting anything.
 */
export const cadres = pgTable(
  'cadres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    ethnicity: text('ethnicity').notNull(),
    education: text('education').notNull(),
    politicalStatus: text('political_status').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    post: text('post').notNull().default(''),
    rank: text('rank').notNull().default(''),
    phone: text('phone').notNull().default(''),
    idNumberEnc: text('id_number_enc'),
    /**
     * The masked form everyone with `cadre.read` sees (maskIdNumber), kept beside the ciphertext so that a roster page
     * or an export of 100,000 rows shows it without decrypting each number. It reveals nothing the mask does not.
     */
    idNumberMasked: text('id_number_masked'),
    idNumberDigest: text('id_number_digest'),
    nativePlace: text('native_place').notNull().default(''),
    partyJoinedOn: date('party_joined_on', { mode: 'string' }),
    workStartedOn: date('work_started_on', { mode: 'string' }),
    rankSince: date('rank_since', { mode: 'string' }),
    fullTimeDegree: text('full_time_degree').notNull().default(''),
    fullTimeSchool: text('full_time_school').notNull().default(''),
    fullTimeMajor: text('full_time_major').notNull().default(''),
    inServiceEducation: text('in_service_education').notNull().default(''),
    inServiceDegree: text('in_service_degree').notNull().default(''),
    inServiceSchool: text('in_service_school').notNull().default(''),
    inServiceMajor: text('in_service_major').notNull().default(''),
    specialty: text('specialty').notNull().default(''),
    /** Tags for 领域 (fields), 专业 (specialties) and 层次 (level), used by the talent pool and searches. */
    fieldTags: text('field_tags').array().notNull().default(sql`'{}'::text[]`),
    specialtyTags: text('specialty_tags').array().notNull().default(sql`'{}'::text[]`),
    levelTag: text('level_tag').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cadres_unit_idx').on(t.unitId),
    index('cadres_name_idx').on(sql`${t.name} text_pattern_ops`),
    // Roster search (search/filter.sql.ts): names contain-matched through their characters (a trigram index would
    // index nothing of a two-character Chinese name), dates compared with bounds, tags overlapped.
    index('cadres_name_chars_idx').using('gin', sql`string_to_array(lower(${t.name}), null)`),
    // The roster's order inside a unit (search/search.repository.ts reads a page unit by unit).
    index('cadres_unit_name_idx').on(t.unitId, t.name, t.id),
    index('cadres_birth_date_idx').on(t.birthDate),
    index('cadres_party_joined_idx').on(t.partyJoinedOn),
    index('cadres_work_started_idx').on(t.workStartedOn),
    index('cadres_rank_idx').on(t.rank),
    index('cadres_education_idx').on(t.education),
    index('cadres_field_tags_idx').using('gin', t.fieldTags),
    index('cadres_specialty_tags_idx').using('gin', t.specialtyTags),
    uniqueIndex('cadres_id_number_digest_uq').on(t.idNumberDigest),
  ],
);

/** 任职经历: the posts a cadre has held, the current one with no end date. */
export const cadrePosts = pgTable(
  'cadre_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    /** The unit's name as it was then; units are renamed and merged over the years. */
    unitName: text('unit_name').notNull(),
    post: text('post').notNull(),
    rank: text('rank').notNull().default(''),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    /** A key post (关键岗位) rotates after the policy's shorter period. */
    isKey: boolean('is_key').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cadre_posts_cadre_idx').on(t.cadreId, t.startedOn),
    // 二历 search: a post title containing a text (e.g. 乡镇党委书记), through its characters.
    index('cadre_posts_post_chars_idx').using('gin', sql`string_to_array(lower(${t.post}), null)`),
  ],
);

/**
 * The measures register (处理处分措施, DOMAIN.md §4): every sanction or organizational measure on a cadre, with the
 * case that decided it. A revoked measure stays on record but no longer counts for any rule.
 */
export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** 留党察看 only: the probation's length, 12 or 24 months. */
    months: integer('months'),
    /** 停职检查 only: the day the suspension was lifted. */
    liftedOn: date('lifted_on', { mode: 'string' }),
    decidingBody: text('deciding_body').notNull().default(''),
    documentNo: text('document_no').notNull().default(''),
    /** The case that decided it (a tolerance, accountability or complaint case), when one did. */
    sourceType: text('source_type'),
    sourceId: uuid('source_id'),
    note: text('note').notNull().default(''),
    /** The day the promotion bar ends ('infinity': never, or not lifted yet; null: no bar), computed by the database. */
    promotionBarEnd: date('promotion_bar_end', { mode: 'string' }).generatedAlwaysAs(promotionBarEndExpression),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measures_cadre_idx').on(t.cadreId, t.effectiveOn), index('measures_code_idx').on(t.code, t.effectiveOn)],
);
