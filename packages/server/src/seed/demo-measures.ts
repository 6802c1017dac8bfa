import type { AnnualGradeEntry } from '@dandang/shared/cadres/annual-grade.schema';
import { addDays, addMonthsClamped, fromDayNumber, isBefore, toDayNumber, yearOf } from '@dandang/shared/dates/date';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import { MEASURE_CODES, MEASURES, type MeasureCode, type MeasureRecord, PROBATION_MONTHS } from '@dandang/shared/rules/measures';
import { demoId, type Random } from './random';

/**
 * The demo county's measures register and annual grades. A handful of every measure code (more in a bigger county),
 * each on a different person; some revoked, every 停职检查 but one lifted, and one measure of several codes timed so
 * that its promotion bar ends within the coming month (the 影响期提醒 page has people to show). The last three years'
 * grades follow the measures' effects exactly as the registry checks them, so the demo never holds a grade the API
 * would refuse.
 */

export interface MeasureCadre {
  id: string;
  political_status: string;
  work_started_on: string;
}

export interface MeasureRow {
  id: string;
  cadre_id: string;
  code: MeasureCode;
  effective_on: string;
  months: number | null;
  lifted_on: string | null;
  deciding_body: string;
  document_no: string;
  note: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  version: number;
}

/** Codes whose first measure is timed to end its bar within 3–28 days of today. */
const ALERT_CODES: readonly MeasureCode[] = ['ADMONISH', 'GOV_WARNING', 'PARTY_WARNING', 'ORG_REASSIGN', 'UNFIT_TRANSFER', 'GOV_DEMERIT'];

const REVOKE_REASONS = ['经复查，原处理认定事实不清，予以撤销', '经容错纠错认定予以免责，撤销该措施', '申诉成立，原决定予以纠正'];

function decidingBody(code: MeasureCode): { body: string; prefix: string } {
  if (code.startsWith('PARTY_')) return { body: '中共示范县纪律检查委员会', prefix: '示纪' };
  if (code.startsWith('GOV_')) return { body: '示范县监察委员会', prefix: '示监' };
  if (code === 'ACC_NOTICE') return { body: '中共示范县委', prefix: '示委' };
  if (code === 'REMINDER' || code === 'INQUIRY' || code === 'ADMONISH') return { body: '示范县纪委监委', prefix: '示纪函' };
  return { body: '中共示范县委组织部', prefix: '示组' };
}

const isPartyMember = (c: MeasureCadre) => c.political_status === '01' || c.political_status === '02';

export function makeMeasures(random: Random, cadres: readonly MeasureCadre[], today: string): MeasureRow[] {
  const perCode = 4 + Math.floor(cadres.length / 500);
  const order = random.permutation(cadres.length);
  let cursor = 0;
  const nextCadre = (fits: (c: MeasureCadre) => boolean): MeasureCadre | undefined => {
    while (cursor < order.length) {
      const cadre = cadres[order[cursor++] as number] as MeasureCadre;
      if (fits(cadre)) return cadre;
    }
    return undefined;
  };
  const todayNumber = toDayNumber(today);
  const earliest = toDayNumber(addMonthsClamped(today, -36));
  const rows: MeasureRow[] = [];
  for (const code of MEASURE_CODES) {
    const { body, prefix } = decidingBody(code);
    for (let n = 0; n < perCode; n++) {
      const alert = n === 0 && ALERT_CODES.includes(code);
      const bar = MEASURES[code].promotionBar;
      // Timed ones need a person who already worked on the effective date; anyone fits the others.
      const alertOn = alert && typeof bar === 'number' ? addMonthsClamped(addDays(today, random.int(3, 28)), -bar) : null;
      const cadre = nextCadre((c) => (!code.startsWith('PARTY_') || isPartyMember(c)) && (!alertOn || isBefore(c.work_started_on, alertOn)));
      if (!cadre) return rows;
      const from = Math.max(earliest, toDayNumber(cadre.work_started_on) + 1);
      const effectiveOn = alertOn ?? fromDayNumber(random.int(Math.min(from, todayNumber - 1), todayNumber - 1));
      const suspendedOpen = code === 'ORG_SUSPEND' && n === 0;
      const liftedOn =
        code === 'ORG_SUSPEND' && !suspendedOpen ? fromDayNumber(Math.min(todayNumber, toDayNumber(addMonthsClamped(effectiveOn, random.int(1, 4))))) : null;
      const revoked = !alert && !suspendedOpen && random.next() < 0.1;
      const revokedOn = fromDayNumber(Math.min(todayNumber, toDayNumber(effectiveOn) + random.int(10, 90)));
      rows.push({
        id: demoId(random),
        cadre_id: cadre.id,
        code,
        effective_on: effectiveOn,
        months: code === 'PARTY_PROBATION' ? random.pick(PROBATION_MONTHS) : null,
        lifted_on: liftedOn,
        deciding_body: body,
        document_no: `${prefix}〔${yearOf(effectiveOn)}〕${random.int(1, 98)}号`,
        note: '',
        revoked_at: revoked ? `${revokedOn}T10:00:00+08:00` : null,
        revoked_reason: revoked ? random.pick(REVOKE_REASONS) : null,
        version: revoked ? 2 : 1,
      });
    }
  }
  return rows;
}

export const measureRecordOf = (m: MeasureRow): MeasureRecord => ({
  code: m.code,
  effectiveOn: m.effective_on,
  ...(m.months === null ? {} : { months: m.months }),
  ...(m.lifted_on === null ? {} : { liftedOn: m.lifted_on }),
  revoked: m.revoked_at !== null,
});

/** Only what differs from the column defaults, and no id (the database's): 300,000 rows at 100,000 cadres. */
export interface GradeRow {
  cadre_id: string;
  year: number;
  grade: AnnualGradeEntry;
}

/**
 * Grades of the three years before today's: mostly 称职, about 15 % 优秀, a few 基本称职; a year a measure forces
 * (不称职, 不定等次, 不参加考核) gets exactly that, and 优秀 never goes to a year a measure forbids it.
 */
export function makeGrades(random: Random, cadres: readonly MeasureCadre[], measures: readonly MeasureRow[], today: string): GradeRow[] {
  const byCadre = new Map<string, MeasureRecord[]>();
  for (const m of measures) byCadre.set(m.cadre_id, [...(byCadre.get(m.cadre_id) ?? []), measureRecordOf(m)]);
  const thisYear = yearOf(today);
  const rows: GradeRow[] = [];
  for (const cadre of cadres) {
    const records = byCadre.get(cadre.id);
    for (let year = thisYear - 3; year < thisYear; year++) {
      if (yearOf(cadre.work_started_on) > year) continue;
      const effects = records ? annualGradeEffects({ year, measures: records }) : null;
      const outcome = effects?.outcome ?? 'NONE';
      const r = random.next();
      let grade: AnnualGradeEntry;
      if (outcome === 'NOT_ASSESSED' || outcome === 'INCOMPETENT' || outcome === 'UNGRADED') grade = outcome;
      else if (r < 0.15 && outcome === 'NONE') grade = 'EXCELLENT';
      else if (r > 0.975 && !records) grade = 'BASIC';
      else grade = 'COMPETENT';
      rows.push({ cadre_id: cadre.id, year, grade });
    }
  }
  return rows;
}
