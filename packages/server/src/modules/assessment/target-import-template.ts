import type { Readable } from 'node:stream';
import { TARGET_LEVEL_LABELS, TARGET_LEVELS } from '@dandang/shared/assessment/target.schema';
import {
  TARGET_IMPORT_COLUMNS,
  TARGET_IMPORT_HELP_SHEET_NAME,
  TARGET_IMPORT_MAX_BYTES,
  TARGET_IMPORT_MAX_ROWS,
  TARGET_IMPORT_SHEET_NAME,
  type TargetImportField,
} from '@dandang/shared/assessment/target-import.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { type ExcelColumn, streamWorkbook } from '../../platform/excel/export';
import type { TargetRow } from './targets.repository';
import * as repo from './targets.repository';
import { requireCycleRow, targetScope } from './targets.service';

/*
 * 目标任务导入模板: the sheet 目标任务 with the contract's columns, listing the cycle's targets the actor may read
 * (their id as 目标编号, so new rows below can name them as parents), a drop-down on 层级, and the sheet 填写说明.
 */

const LEVEL_LABELS = TARGET_LEVELS.map((l) => TARGET_LEVEL_LABELS[l]);
const XLSX_DATE = 'yyyy-mm-dd';

const HELP = [
  '目标任务导入说明',
  '',
  `1. 在“${TARGET_IMPORT_SHEET_NAME}”工作表中每行填写一项目标任务；第 1 行为表头，请勿修改。`,
  '2. 模板已列出本考核周期中您可查看的目标任务，其“目标编号”为系统编号。这些行仅供参照，导入时跳过，不会被修改；请在其下方新增行。',
  '3. 新增行的“目标编号”可自拟（如 A1），在本文件内唯一即可，供其他行在“上级目标编号”中引用。',
  '4. “上级目标编号”填写已有目标的系统编号，或本文件中另一行的目标编号（上下级行的先后顺序不限）。',
  `5. “层级”从下拉列表中选择：${LEVEL_LABELS.join('、')}。辖区目标不填责任单位和责任人；单位目标填写责任单位（单位全称，重名时填写单位代码）。`,
  '6. 个人目标由单位目标分解而来：按“责任人”姓名在上级目标的责任单位中查找；单位内有同名干部时，请填写“责任人身份证号”。',
  '7. “指标编码”填写考核指标库中的编码，分解的目标应与上级目标使用同一指标；定量指标须填写目标值（数字），其他指标不填目标值。',
  '8. “截止日期”填写日期（如 2026-12-31），不能晚于上级目标的截止日期。',
  `9. 一次最多导入 ${TARGET_IMPORT_MAX_ROWS} 项新目标，文件不超过 ${TARGET_IMPORT_MAX_BYTES / 1024 / 1024} MB，只接受 .xlsx 格式，不能设置打开密码。`,
  '10. 导入时检查全部行：有错误时列出每个错误所在的行和列，一项也不写入；全部正确时一次写入。只能为本人有权管理的单位导入目标任务。',
];

/** How each column is written; headers and their order come from the contract. */
function templateColumns(listed: ReadonlySet<string>): ExcelColumn<TargetRow>[] {
  const spec: Record<TargetImportField, Omit<ExcelColumn<TargetRow>, 'header'>> = {
    key: { width: 38, numFmt: '@', value: (r) => r.target.id },
    // A parent the reader cannot see is left out rather than named by an id that leads nowhere.
    parentKey: { width: 38, numFmt: '@', value: (r) => (r.target.parentId && listed.has(r.target.parentId) ? r.target.parentId : null) },
    level: { width: 8, list: LEVEL_LABELS, value: (r) => TARGET_LEVEL_LABELS[r.target.level] },
    title: { width: 28, value: (r) => r.target.title },
    description: { width: 40, value: (r) => r.target.description },
    unit: { width: 22, value: (r) => r.unitName },
    cadreName: { width: 10, value: (r) => r.cadreName },
    // Text, so an ID number typed in keeps its last digits; never filled from the registry.
    idNumber: { width: 22, numFmt: '@', value: () => null },
    indicatorCode: { width: 12, numFmt: '@', value: (r) => r.indicator?.code ?? null },
    targetValue: { width: 10, value: (r) => r.target.targetValue },
    deadline: { width: 12, numFmt: XLSX_DATE, value: (r) => new Date(`${r.target.deadline}T00:00:00Z`) },
  };
  return TARGET_IMPORT_COLUMNS.map((c) => ({ header: c.header, ...spec[c.field] }));
}

/** The template: the cycle's targets the actor may read, parents first, as context for the rows to add. */
export async function targetImportTemplate(db: Db, ctx: RequestContext, cycleId: string): Promise<Readable> {
  await requireCycleRow(db, cycleId);
  const rows = await repo.listTargets(db, cycleId, { scope: targetScope(ctx, 'assessment.target.read') });
  const listed = new Set(rows.map((r) => r.target.id));
  async function* pages() {
    yield rows;
  }
  return streamWorkbook(TARGET_IMPORT_SHEET_NAME, templateColumns(listed), pages(), { sheetName: TARGET_IMPORT_HELP_SHEET_NAME, lines: HELP });
}
