import { formatIsoDate, fromDayNumber, parseIsoDate } from '../dates/date';
import { MAX_RULE_YEAR, MIN_RULE_YEAR } from '../dates/date.schema';
import { type CreateCadreInput, createCadreBody } from './cadre.schema';
import { IMPORT_COLUMNS, type ImportColumn, type ImportField } from './cadre-import.schema';
import { checkCadreProfile } from './cadre-profile.rules';
import { maskIdNumber, normalizeIdNumber } from './id-number.rules';

/**
 * Reading one row of the roster workbook (DOMAIN.md §2 干部; issue 4 item 3): cell values become the body of a
 * cadre, and every problem of the row is named by its column — never only the first. Pure: the server passes in
 * how dictionary labels and unit names resolve, and the same rules are table-tested here.
 */

/** A cell as the workbook reader hands it over (rich text, formulas and links already flattened). */
export type ImportCell = string | number | boolean | Date | null;

export interface RowIssue {
  field: ImportField;
  /** The cell as written, for the user to find it (an ID number is masked). */
  value: string;
  message: string;
}

export interface ImportLookups {
  /** The code of a dictionary item given by its label or its code; null when neither matches an enabled item. */
  dictionary(dictionary: string, text: string): string | null;
  /** The unit a code or full name names, or why it cannot be used (unknown, ambiguous, out of scope). */
  unit(text: string): { id: string } | { message: string };
}

export interface ReadRow {
  /** The body to write, when the row has no problem. */
  input: CreateCadreInput | null;
  /** The fields the row fills (empty cells leave an existing cadre's value as it is). */
  filled: ImportField[];
  issues: RowIssue[];
}

const COLUMN_BY_FIELD = new Map<ImportField, ImportColumn>(IMPORT_COLUMNS.map((c) => [c.field, c]));
const HEADER_TO_COLUMN = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [c.header, c]));

/** The header as the template writes it: required columns carry a leading asterisk. */
export const templateHeader = (c: ImportColumn): string => (c.required ? `*${c.header}` : c.header);

/** A header cell read back: asterisks, spaces and a （必填） note are decoration, not part of the name. */
export function normalizeHeader(text: string): string {
  return text.replace(/[*＊\s]|[（(]必填[）)]/g, '');
}

export interface HeaderMap {
  /** Column index (0-based, as in the sheet) → the import column it holds. */
  columns: Map<number, ImportColumn>;
  missing: string[];
  duplicated: string[];
}

/** Matches the header row to the import columns; unknown columns are ignored (a workbook may carry notes). */
export function mapHeaders(headers: readonly ImportCell[]): HeaderMap {
  const columns = new Map<number, ImportColumn>();
  const seen = new Set<string>();
  const duplicated: string[] = [];
  headers.forEach((cell, index) => {
    const column = HEADER_TO_COLUMN.get(normalizeHeader(cellText(cell)));
    if (!column) return;
    if (seen.has(column.field)) duplicated.push(column.header);
    else columns.set(index, column);
    seen.add(column.field);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map((c) => c.header);
  return { columns, missing, duplicated };
}

/** The text of a cell; an Excel date reads as YYYY-MM-DD, a whole number without a decimal point. */
export function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Days between Excel's day zero (1899-12-30, which absorbs the 1900 leap-year bug) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/** A date read leniently but exactly: many spellings, yet 2023-02-30 is an error, never 2023-03-02. */
export type DateReading = { date: string } | { error: string };

const TEXT_DATE = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?|(\d{2})(\d{2})?)$/;

/**
 * Reads a date cell: an Excel date (a Date, or the serial number of an unformatted date cell), or text written
 * 1985-06-01, 1985/6/1, 1985.06.01, 1985年6月1日, 19850601 — and with `month` precision also 2005.07, 2005年7月,
 * 200507, which mean the first of that month (干部任免审批表 writes such dates to the month).
 */
export function readImportDate(cell: ImportCell, precision: 'day' | 'month', label: string): DateReading {
  const invalid = { error: `${label}不是有效日期（可填 1985-06-01、1985.06.01 或 1985年6月1日${precision === 'month' ? '，或精确到月如 2005.07' : ''}）` };
  let parts: { year: number; month: number; day: number | null } | null = null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return invalid;
    parts = { year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() };
  } else if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1 && cell < 100_000) {
      const [year, month, day] = fromDayNumber(cell - EXCEL_EPOCH_OFFSET)
        .split('-')
        .map(Number) as [number, number, number];
      parts = { year, month, day };
    } else return readImportDate(String(cell), precision, label);
  } else {
    const match = TEXT_DATE.exec(cellText(cell));
    if (!match) return invalid;
    const [, year, month, day, compactMonth, compactDay] = match;
    if (compactMonth) parts = { year: Number(year), month: Number(compactMonth), day: compactDay ? Number(compactDay) : null };
    else if (month) parts = { year: Number(year), month: Number(month), day: day ? Number(day) : null };
    else return invalid;
  }
  if (parts.day === null) {
    if (precision === 'day') return { error: `${label}应精确到日（如 1985-06-01）` };
    parts.day = 1;
  }
  const iso = formatIsoDate({ year: parts.year, month: parts.month, day: parts.day });
  if (!parseIsoDate(iso)) return invalid;
  if (parts.year < MIN_RULE_YEAR || parts.year > MAX_RULE_YEAR) return { error: `${label}应在 ${MIN_RULE_YEAR} 年至 ${MAX_RULE_YEAR} 年之间` };
  return { date: iso };
}

/** Tags in one cell, separated by 、 or a comma (half or full width) or a semicolon. */
export function splitTags(text: string): string[] {
  return text
    .split(/[、,，;；]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The template's example row: its name ends with （示例）, and it is skipped rather than imported. */
export const EXAMPLE_SUFFIX = '（示例）';
export function isExampleRow(name: ImportCell): boolean {
  return cellText(name).endsWith(EXAMPLE_SUFFIX);
}

/** A cell's value as an issue shows it: the ID number masked, so the stored issue list holds no full number. */
function shown(field: ImportField, cell: ImportCell): string {
  const text = cellText(cell);
  return field === 'idNumber' && text.length > 10 ? maskIdNumber(normalizeIdNumber(text)) : text.slice(0, 200);
}

/**
 * Reads one data row. Every cell is checked on its own (required, format, dictionary, unit), then the whole body
 * against the same schema the API's create form uses (lengths, phone), then the profile rules (ID check digit, its
 * agreement with birth date and gender, party and work dates after the minimum age). One issue per field at most
 * from the cell checks, so a wrong cell is not reported twice.
 */
export function readImportRow(cells: ReadonlyMap<ImportField, ImportCell>, lookups: ImportLookups): ReadRow {
  const issues: RowIssue[] = [];
  const body: Record<string, unknown> = {};
  const filled: ImportField[] = [];
  const issue = (field: ImportField, message: string) => issues.push({ field, value: shown(field, cells.get(field) ?? null), message });

  for (const column of IMPORT_COLUMNS as readonly ImportColumn[]) {
    const cell = cells.get(column.field) ?? null;
    const text = cellText(cell);
    if (text === '') {
      if (column.required) issue(column.field, `请填写${column.header}`);
      continue;
    }
    filled.push(column.field);
    switch (column.kind) {
      case 'idNumber':
        // An 18-digit number typed into a number cell has already lost its last digits to floating point.
        if (typeof cell === 'number') issue(column.field, '身份证号请以文本格式填写（数字格式会丢失末位）');
        else body[column.field] = text;
        break;
      case 'dictionary': {
        const code = lookups.dictionary(column.dictionary as string, text);
        if (code === null) issue(column.field, `“${text}”不是有效的${column.header}（请从下拉列表中选择）`);
        else body[column.field] = code;
        break;
      }
      case 'date':
      case 'month': {
        const reading = readImportDate(cell, column.kind === 'date' ? 'day' : 'month', column.header);
        if ('error' in reading) issue(column.field, reading.error);
        else body[column.field] = reading.date;
        break;
      }
      case 'unit': {
        const unit = lookups.unit(text);
        if ('message' in unit) issue(column.field, unit.message);
        else body[column.field] = unit.id;
        break;
      }
      case 'tags':
        body[column.field] = splitTags(text);
        break;
      default:
        body[column.field] = text;
    }
  }

  const flagged = new Set(issues.map((i) => i.field));
  const parsed = createCadreBody.safeParse(withPlaceholders(body, flagged));
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      const field = zodIssue.path[0] as ImportField;
      if (!COLUMN_BY_FIELD.has(field) || flagged.has(field)) continue;
      flagged.add(field);
      issue(field, zodIssue.message);
    }
  }
  const input = parsed.success ? parsed.data : null;
  if (body.birthDate && body.gender && !flagged.has('birthDate') && !flagged.has('gender')) {
    const problems = checkCadreProfile({
      birthDate: body.birthDate as string,
      gender: body.gender as string,
      idNumber: flagged.has('idNumber') ? null : normalizeIdNumber(String(body.idNumber ?? '')) || null,
      partyJoinedOn: flagged.has('partyJoinedOn') ? null : (body.partyJoinedOn as string | undefined),
      workStartedOn: flagged.has('workStartedOn') ? null : (body.workStartedOn as string | undefined),
    });
    for (const p of problems) issue(p.field, p.text);
  } else if (body.idNumber && !flagged.has('idNumber')) {
    // Without a usable birth date or gender the number can still be checked on its own.
    for (const p of checkCadreProfile({ birthDate: '1900-01-01', gender: '', idNumber: normalizeIdNumber(String(body.idNumber)) })) {
      if (p.field === 'idNumber' && p.code !== 'BIRTH_DATE_MISMATCH') issue('idNumber', p.text);
    }
  }
  return { input: issues.length === 0 ? input : null, filled, issues };
}

/** Fields already reported get a harmless value so that the schema reports only the other fields. */
function withPlaceholders(body: Record<string, unknown>, flagged: ReadonlySet<ImportField>): Record<string, unknown> {
  if (flagged.size === 0) return body;
  const out = { ...body };
  for (const field of flagged) {
    const column = COLUMN_BY_FIELD.get(field) as ImportColumn;
    if (column.kind === 'unit') out[field] = '00000000-0000-4000-8000-000000000000';
    else if (column.kind === 'date' || column.kind === 'month') out[field] = column.required ? '2000-01-01' : null;
    else if (column.kind === 'tags') out[field] = [];
    else out[field] = column.required ? 'x' : '';
  }
  return out;
}

/** Rows of the file that share one ID number: every row of every group, each told which other rows. */
export function duplicateRows(rowsByKey: ReadonlyMap<string, readonly number[]>): Map<number, string> {
  const messages = new Map<number, string>();
  for (const rows of rowsByKey.values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((r) => r !== row);
      const listed = others.length > 10 ? `${others.slice(0, 10).join('、')} 等 ${others.length} 行` : others.join('、');
      messages.set(row, `身份证号与本文件第 ${listed} 行重复`);
    }
  }
  return messages;
}
