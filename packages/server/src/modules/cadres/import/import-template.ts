import { EXAMPLE_SUFFIX, templateHeader } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_COLUMNS, IMPORT_HELP_SHEET_NAME, IMPORT_MAX_ROWS, IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import ExcelJS from 'exceljs';
import type { ImportReference } from './import-lookups';

/**
 * The import template (干部名册导入模板.xlsx): the 干部名册 sheet with one column per profile field (required ones
 * marked * and red), drop-downs fed from a hidden 字典 sheet with the enabled dictionary labels and the units the
 * user may place cadres in, one example row the import skips, and a 说明 sheet.
 */

const LIST_SHEET = '字典';
/** Rows that get the drop-downs; a longer file still imports, its extra rows just have no list. */
const VALIDATED_ROWS = 5000;
const REQUIRED_FONT = { bold: true, color: { argb: 'FFC00000' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1));

function exampleRow(reference: ImportReference): Record<string, string | Date> {
  const first17 = '11010519850601001';
  const label = (dictionary: string, code: string) => reference.labels.get(dictionary)?.get(code) ?? code;
  return {
    name: `张三${EXAMPLE_SUFFIX}`,
    idNumber: first17 + idNumberCheckCharacter(first17),
    gender: label('gender', '1'),
    ethnicity: label('ethnicity', '01'),
    birthDate: new Date(Date.UTC(1985, 5, 1)),
    nativePlace: '示范县',
    politicalStatus: label('political_status', '01'),
    partyJoinedOn: '2008.07',
    workStartedOn: '2007.08',
    education: label('education', '21'),
    fullTimeDegree: '管理学学士',
    fullTimeSchool: '示范大学',
    fullTimeMajor: '公共管理',
    specialty: '基层治理',
    unitId: reference.writableUnits[0]?.code ?? '',
    post: '科员',
    rank: label('rank_level', 'clerk_1'),
    rankSince: '2019.12',
    phone: '13800138000',
    fieldTags: '社会治理、党建',
    levelTag: '科级',
  };
}

const HELP = [
  '干部名册导入说明',
  '',
  `1. 在“${IMPORT_SHEET_NAME}”工作表中每行填写一名干部，第 1 行为表头，请勿修改或删除；列的顺序可以调整，多余的列会被忽略。`,
  '2. 表头带 * 且为红色的列必须填写：姓名、身份证号、性别、民族、出生日期、政治面貌、全日制学历、所在单位。',
  `3. 第 2 行是示例（姓名以“${EXAMPLE_SUFFIX}”结尾），导入时自动跳过，可以删除。`,
  '4. 性别、民族、政治面貌、学历、职务职级请从下拉列表中选择（也可填写字典代码）；所在单位可从下拉列表选择单位名称，或填写单位代码。',
  '5. 日期可填 1985-06-01、1985.06.01、1985/6/1 或 1985年6月1日；入党时间、参加工作时间、任现职级时间可只填到月，如 2008.07。',
  '6. 身份证号须为 18 位且校验码正确，并与出生日期、性别一致；请保持文本格式，不要改为数字（会丢失末位）。',
  '7. 领域标签、专业标签可填多个，用“、”或逗号分隔。',
  '8. 以身份证号匹配：已登记的干部按文件更新（空白单元格保留原值），未登记的新增。同一身份证号在文件中只能出现一次。',
  `9. 一次最多导入 ${IMPORT_MAX_ROWS.toLocaleString('en-US')} 行，文件不超过 30 MB，只接受 .xlsx 格式，不能设置打开密码。`,
  '10. 上传后先检查全部数据：有错误时列出每个错误所在的行和列，可下载标出错误的工作簿，改正后重新上传；没有错误时确认提交，全部写入或全部不写入。',
];

export async function buildTemplate(reference: ImportReference): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = workbook.addWorksheet(IMPORT_HELP_SHEET_NAME);
  const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });

  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: templateHeader(c),
    key: c.field,
    width: c.kind === 'idNumber' ? 22 : c.kind === 'unit' ? 28 : c.field === 'specialty' ? 24 : 14,
    style: c.kind === 'idNumber' || c.kind === 'phone' ? { numFmt: '@' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.getRow(1);
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = c.required ? REQUIRED_FONT : { bold: true };
    cell.fill = HEADER_FILL;
  });
  sheet.addRow(exampleRow(reference));

  // One list column per drop-down on the hidden sheet; validations point at it, so long lists are no problem.
  const listed: Array<{ field: string; values: string[] }> = [
    ...IMPORT_COLUMNS.filter((c) => c.kind === 'dictionary').map((c) => ({
      field: c.field as string,
      values: [...(reference.labels.get((c as { dictionary: string }).dictionary)?.values() ?? [])],
    })),
    { field: 'unitId', values: reference.writableUnits.map((u) => u.name) },
  ];
  listed.forEach(({ field, values }, i) => {
    const letter = columnLetter(i + 1);
    lists.getCell(`${letter}1`).value = field;
    values.forEach((v, r) => {
      lists.getCell(`${letter}${r + 2}`).value = v;
    });
    const index = IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1;
    const target = columnLetter(index);
    if (values.length === 0) return;
    // exceljs keeps range validations but its typings only know per-cell ones.
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${target}2:${target}${VALIDATED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${LIST_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`],
        showErrorMessage: true,
        // A warning, not a stop: a dictionary code or a unit code typed by hand is accepted too.
        errorStyle: 'warning',
        errorTitle: '不在列表中',
        error: '建议从下拉列表中选择；填写代码也可以，导入时会检查。',
      },
    );
  });

  help.getColumn(1).width = 120;
  for (const line of HELP) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
