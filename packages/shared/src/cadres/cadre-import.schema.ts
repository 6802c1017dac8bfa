import { z } from 'zod';
import { jobSchema } from '../jobs/job.schema';

/**
 * The roster import's contract (干部名册导入).
 *
 * 1. `GET  /api/v1/cadres/import-template` → 干部名册导入模板.xlsx (sheet 干部名册, one column per `IMPORT_COLUMNS`).
 * 2. `POST /api/v1/cadres/imports` (multipart, field `file`, at most `IMPORT_MAX_BYTES`) → 202 `{ job }` of kind
 *    `cadre-import`. Files that are not a readable xlsx fail here with 400/413 (`IMPORT_ERROR_CODES`); the job then
 *    reads (phase `parse`) and checks (phase `validate`) every row and ends `succeeded` with an `ImportSummary` of
 *    stage `validated` — or `failed` when the sheet or its headers are wrong.
 * 3. `GET  /api/v1/cadres/imports/:jobId/issues` — every error by Excel row and column header.
 * 4. `GET  /api/v1/cadres/imports/:jobId/changes` — the rows that would be inserted or updated, with the diff.
 * 5. `GET  /api/v1/cadres/imports/:jobId/error-workbook` → 干部名册导入错误.xlsx (the rows plus a 错误说明 column).
 * 6. `POST /api/v1/cadres/imports/:jobId/commit` → 202 `{ job }`: the same job runs phase `commit` (all rows in one
 *    transaction) and ends with stage `committed`, or fails and writes nothing. 409 STATE_CONFLICT when the preview
 *    had errors, is still running, or was already committed.
 * Progress is read with `GET /api/v1/jobs/:id`. Every job is visible to the user who started it only (404 otherwise).
 */

export const CADRE_IMPORT_JOB_KIND = 'cadre-import';
export const IMPORT_SHEET_NAME = '干部名册';
export const IMPORT_HELP_SHEET_NAME = '说明';
export const IMPORT_TEMPLATE_FILE_NAME = '干部名册导入模板.xlsx';
export const IMPORT_ERROR_FILE_NAME = '干部名册导入错误.xlsx';
/** The column the error workbook adds after the uploaded ones. */
export const IMPORT_ERROR_COLUMN = '错误说明';
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;

/** Phases of an import job, in order. */
export const importPhaseSchema = z.enum(['parse', 'validate', 'commit']);

/**
 * Stable codes of a refused upload (answered at once, nothing stored) or of a failed import job (`job.error.code`).
 * `PAYLOAD_TOO_LARGE` (413) and `STATE_CONFLICT` (409) are the platform's own.
 */
export const IMPORT_ERROR_CODES = {
  /** 400 at upload: no file field, an empty file, or bytes that are not an xlsx (a .doc, .xls, CSV, random bytes). */
  IMPORT_NOT_XLSX: '文件不是 Excel 工作簿（.xlsx）',
  /** 400 at upload: a password-protected workbook (an encrypted OOXML package inside an OLE compound file). */
  IMPORT_ENCRYPTED: '工作簿设置了打开密码',
  /** 400 at upload: the zip declares more than the reader will inflate, or compresses suspiciously well. */
  IMPORT_ZIP_BOMB: '工作簿解压后过大或压缩比异常',
  /** 400 at upload: no sheet named 干部名册. */
  IMPORT_SHEET_MISSING: '工作簿中没有名为“干部名册”的工作表',
  /** Failed job (phase parse): the header row lacks required columns or repeats one. */
  IMPORT_HEADERS_INVALID: '表头缺少必填列或有重复列',
  /** Failed job (phase parse): no data rows, or more than IMPORT_MAX_ROWS. */
  IMPORT_ROW_COUNT: '数据行数为零或超过上限',
  /** Failed job (phase commit): the database changed since the preview (a cadre edited, a unit moved out of scope…). */
  IMPORT_STALE: '预览后数据已发生变化',
} as const;
export type ImportErrorCode = keyof typeof IMPORT_ERROR_CODES;

/**
 * One column of the template and the import, in template order. `field` is the key of `createCadreBody`;
 * `required` columns must be present in the header row and filled in every row; `dictionary` columns accept a
 * dictionary item's label (as the drop-down offers it) or its code; `unit` accepts a unit's code or full name; dates
 * accept Excel dates or text; `month` dates may omit the day (stored as the 1st); tags are separated by 、 , or ，.
 */
export type ImportFieldKind = 'text' | 'idNumber' | 'dictionary' | 'date' | 'month' | 'unit' | 'phone' | 'tags';

export interface ImportColumn {
  field: ImportField;
  header: string;
  kind: ImportFieldKind;
  required: boolean;
  dictionary?: string;
}

export const IMPORT_COLUMNS = [
  { field: 'name', header: '姓名', kind: 'text', required: true },
  { field: 'idNumber', header: '身份证号', kind: 'idNumber', required: true },
  { field: 'gender', header: '性别', kind: 'dictionary', required: true, dictionary: 'gender' },
  { field: 'ethnicity', header: '民族', kind: 'dictionary', required: true, dictionary: 'ethnicity' },
  { field: 'birthDate', header: '出生日期', kind: 'date', required: true },
  { field: 'nativePlace', header: '籍贯', kind: 'text', required: false },
  { field: 'politicalStatus', header: '政治面貌', kind: 'dictionary', required: true, dictionary: 'political_status' },
  { field: 'partyJoinedOn', header: '入党时间', kind: 'month', required: false },
  { field: 'workStartedOn', header: '参加工作时间', kind: 'month', required: false },
  { field: 'education', header: '全日制学历', kind: 'dictionary', required: true, dictionary: 'education' },
  { field: 'fullTimeDegree', header: '全日制学位', kind: 'text', required: false },
  { field: 'fullTimeSchool', header: '全日制毕业院校', kind: 'text', required: false },
  { field: 'fullTimeMajor', header: '全日制专业', kind: 'text', required: false },
  { field: 'inServiceEducation', header: '在职学历', kind: 'dictionary', required: false, dictionary: 'education' },
  { field: 'inServiceDegree', header: '在职学位', kind: 'text', required: false },
  { field: 'inServiceSchool', header: '在职毕业院校', kind: 'text', required: false },
  { field: 'inServiceMajor', header: '在职专业', kind: 'text', required: false },
  { field: 'specialty', header: '熟悉专业有何专长', kind: 'text', required: false },
  { field: 'unitId', header: '所在单位', kind: 'unit', required: true },
  { field: 'post', header: '现任职务', kind: 'text', required: false },
  { field: 'rank', header: '职务职级', kind: 'dictionary', required: false, dictionary: 'rank_level' },
  { field: 'rankSince', header: '任现职级时间', kind: 'month', required: false },
  { field: 'phone', header: '联系电话', kind: 'phone', required: false },
  { field: 'fieldTags', header: '领域标签', kind: 'tags', required: false },
  { field: 'specialtyTags', header: '专业标签', kind: 'tags', required: false },
  { field: 'levelTag', header: '层次标签', kind: 'text', required: false },
] as const satisfies readonly (Omit<ImportColumn, 'field'> & { field: string })[];

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

/** What a validated preview found; `committed` adds nothing new but says the rows are now in the registry. */
export const importSummarySchema = z.object({
  stage: z.enum(['validated', 'committed']),
  /** Data rows read (the example row of the template is not counted). */
  rows: z.number(),
  inserts: z.number(),
  updates: z.number(),
  /** Rows whose cadre already holds exactly these values: nothing to write. */
  unchanged: z.number(),
  /** Problems found, and the rows that have at least one. */
  errorCount: z.number(),
  errorRows: z.number(),
});

export const importJobSchema = jobSchema.extend({ summary: importSummarySchema.nullable() });
export const importStartedSchema = z.object({ job: importJobSchema });

export const importJobParam = z.object({ jobId: z.uuid() });
export const importPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** One problem in one cell: the Excel row number (the header is row 1) and the column's header. */
export const importIssueSchema = z.object({
  row: z.number(),
  column: z.string(),
  /** The cell as the file had it (an ID number masked); empty for a missing value. */
  value: z.string(),
  message: z.string(),
});
export const importIssuePageSchema = z.object({ items: z.array(importIssueSchema), total: z.number() });

/** One field a row sets: values are shown as a person reads them (dictionary labels, unit names). */
export const importFieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** A row that would be written: a new cadre (every filled field) or an update by ID number (the changed fields). */
export const importChangeSchema = z.object({
  row: z.number(),
  action: z.enum(['insert', 'update']),
  name: z.string(),
  idNumberMasked: z.string(),
  fields: z.array(importFieldChangeSchema),
});
export const importChangePageSchema = z.object({ items: z.array(importChangeSchema), total: z.number() });

export type ImportPhase = z.infer<typeof importPhaseSchema>;
export type ImportSummary = z.infer<typeof importSummarySchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportIssue = z.infer<typeof importIssueSchema>;
export type ImportChange = z.infer<typeof importChangeSchema>;
export type ImportFieldChange = z.infer<typeof importFieldChangeSchema>;
