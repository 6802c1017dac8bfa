import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { templateHeader } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_COLUMNS, IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import { addMonthsClamped, fromDayNumber, toDayNumber } from '@dandang/shared/dates/date';
import ExcelJS from 'exceljs';
import { DEMO_COUNTY, type DemoUnit, GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from '../../../seed/demo-county.data';
import { createRandom } from '../../../seed/random';

/**
 * Writes a valid roster workbook of N rows for the import benchmark and tests: units of the demo county (by code),
 * dictionary labels as the drop-downs offer them, and ID numbers whose check digit, birth date and gender agree.
 * The numbers use a region code the demo seed does not, so every row is a new cadre on a seeded database.
 *
 *   npx tsx packages/server/src/modules/cadres/import/make-roster-workbook.ts 100000 /tmp/roster.xlsx [seed]
 */

const unitCodes = (unit: DemoUnit): string[] => [unit.code, ...(unit.children ?? []).flatMap(unitCodes)];
const LABELS = {
  ethnicity: ['汉族', '汉族', '汉族', '回族', '满族', '壮族'],
  political: ['中共党员', '中共党员', '中共党员', '群众', '共青团员', '九三学社社员'],
  education: ['大学本科', '大学本科', '硕士研究生', '大学专科', '博士研究生'],
  rank: ['一级科员', '二级科员', '四级主任科员', '三级主任科员', '乡科级副职', '乡科级正职', ''],
  posts: ['科员', '副科长', '科长', '副主任', '主任', '副局长'],
  fields: ['经济', '教育', '农业农村', '城乡建设', '社会治理', '党建'],
};

export interface RosterOptions {
  rows: number;
  seed?: number;
  /** The six-digit region of the generated ID numbers; a different one per file keeps files apart. */
  region?: string;
  units?: string[];
}

/** Streams the workbook to `out`; memory stays flat however many rows. */
export async function writeRosterWorkbook(out: Writable, options: RosterOptions): Promise<void> {
  const random = createRandom(options.seed ?? 1);
  const units = options.units ?? unitCodes(DEMO_COUNTY).slice(1);
  const region = options.region ?? '990100';
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME);
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.field, width: 14 }));
  sheet.getColumn('birthDate').numFmt = 'yyyy-mm-dd';
  const used = new Map<string, number>();
  const first = toDayNumber('1966-01-01');
  const span = toDayNumber('2000-12-31') - first;
  for (let i = 0; i < options.rows; i++) {
    const male = random.int(0, 1) === 1;
    const birthDate = fromDayNumber(first + random.int(0, span));
    const key = `${birthDate}:${male}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    // Sequence codes: odd for men, even for women; the region moves on after 500 of one day and gender.
    const first17 = `${String(Number(region) + Math.floor(n / 500)).padStart(6, '0')}${birthDate.replaceAll('-', '')}${String((n % 500) * 2 + (male ? 1 : 2)).padStart(3, '0')}`;
    const party = random.pick(LABELS.political);
    const isMember = party === '中共党员';
    const workStarted = addMonthsClamped(birthDate, 12 * 22 + random.int(0, 24));
    sheet
      .addRow({
        name: random.pick(SURNAMES) + random.pick(male ? GIVEN_MALE : GIVEN_FEMALE),
        idNumber: first17 + idNumberCheckCharacter(first17),
        gender: male ? '男' : '女',
        ethnicity: random.pick(LABELS.ethnicity),
        birthDate: new Date(`${birthDate}T00:00:00Z`),
        nativePlace: '示范县',
        politicalStatus: party,
        partyJoinedOn: isMember ? addMonthsClamped(workStarted, random.int(6, 60)).slice(0, 7).replace('-', '.') : '',
        workStartedOn: workStarted.slice(0, 7).replace('-', '.'),
        education: random.pick(LABELS.education),
        fullTimeSchool: '示范大学',
        fullTimeMajor: '公共管理',
        unitId: random.pick(units),
        post: random.pick(LABELS.posts),
        rank: random.pick(LABELS.rank),
        phone: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        fieldTags: random.pick(LABELS.fields),
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function main(argv: string[]) {
  const [rows = '1000', file = 'roster.xlsx', seed = '1'] = argv;
  const started = Date.now();
  await writeRosterWorkbook(createWriteStream(file), { rows: Number(rows), seed: Number(seed) });
  process.stdout.write(`${file}: ${rows} rows in ${Date.now() - started} ms\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
