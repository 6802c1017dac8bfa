import { z } from 'zod';
import { importIssueSchema } from '../cadres/cadre-import.schema';

/*
 * The target import's contract (目标任务导入; issue 5 "Targets": a unit's admin decomposes the unit's targets to its
 * people by dragging a person onto a target or by importing a workbook).
 *
 * 1. `GET  /api/v1/assessment/cycles/:id/targets/import-template` (assessment.target.write) → 目标任务导入模板.xlsx:
 *    sheet 目标任务 with `TARGET_IMPORT_HEADERS` and, below, the cycle's targets the reader may see (their id in
 *    目标编号, the ID number left blank), then sheet 填写说明.
 * 2. `POST /api/v1/assessment/cycles/:id/targets/import` (assessment.target.write; multipart, field `file`, at most
 *    `TARGET_IMPORT_MAX_BYTES`) → 200 `{ created }`. Rows whose 目标编号 is a target of the cycle are context and
 *    skipped; every other row is a new target, all written in one transaction or none. Refusals:
 *    - 400 VALIDATION_FAILED, `details: { issues: TargetImportIssue[], fields: [{ path: '第5行·责任人', message }] }`,
 *      naming every bad cell of every row;
 *    - 400 IMPORT_NOT_XLSX / IMPORT_ENCRYPTED / IMPORT_ZIP_BOMB / IMPORT_SHEET_MISSING / IMPORT_HEADERS_INVALID /
 *      IMPORT_ROW_COUNT for a file that is no readable workbook, lacks the sheet or a required header, or has no new
 *      row (or more than `TARGET_IMPORT_MAX_ROWS`); 413 PAYLOAD_TOO_LARGE over the size limit;
 *    - 403 FORBIDDEN when a row's target lies outside the writer's scope (nothing is written);
 *    - 404 for an unknown cycle; 409 STATE_CONFLICT unless the cycle is a draft or open.
 */

export const TARGET_IMPORT_SHEET_NAME = '目标任务';
export const TARGET_IMPORT_HELP_SHEET_NAME = '填写说明';
export const TARGET_IMPORT_TEMPLATE_FILE_NAME = '目标任务导入模板.xlsx';
/** A unit's decomposition is a few hundred rows; the limit only keeps a wrong file from tying up the server. */
export const TARGET_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** New targets per file (context rows, the existing targets, are not counted). */
export const TARGET_IMPORT_MAX_ROWS = 2000;

/** The columns, in template order; `required` headers must be present in the file (the cells are checked per level). */
export const TARGET_IMPORT_COLUMNS = [
  { field: 'key', header: '目标编号', required: false },
  { field: 'parentKey', header: '上级目标编号', required: false },
  { field: 'level', header: '层级', required: true },
  { field: 'title', header: '目标名称', required: true },
  { field: 'description', header: '目标内容', required: false },
  { field: 'unit', header: '责任单位', required: false },
  { field: 'cadreName', header: '责任人', required: false },
  { field: 'idNumber', header: '责任人身份证号', required: false },
  { field: 'indicatorCode', header: '指标编码', required: false },
  { field: 'targetValue', header: '目标值', required: false },
  { field: 'deadline', header: '截止日期', required: true },
] as const;

export type TargetImportField = (typeof TARGET_IMPORT_COLUMNS)[number]['field'];
export type TargetImportHeader = (typeof TARGET_IMPORT_COLUMNS)[number]['header'];
export const TARGET_IMPORT_HEADERS: readonly TargetImportHeader[] = TARGET_IMPORT_COLUMNS.map((c) => c.header);

/** One problem in one cell, as the roster import reports them: Excel row (header is row 1), column header, value. */
export const targetImportIssue = importIssueSchema;
export type TargetImportIssue = z.infer<typeof targetImportIssue>;

export const targetImportResult = z.object({ created: z.number() });
export type TargetImportResult = z.infer<typeof targetImportResult>;
