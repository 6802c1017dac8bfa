import { cellText, type ImportCell, normalizeHeader, readImportDate } from '../cadres/cadre-import.rules';
import { checkIdNumber, maskIdNumber, normalizeIdNumber } from '../cadres/id-number.rules';
import { TARGET_LEVEL_LABELS, TARGET_LEVELS, type TargetLevel, targetBody } from './target.schema';
import { TARGET_IMPORT_COLUMNS, type TargetImportField, type TargetImportHeader, type TargetImportIssue } from './target-import.schema';

/*
 * Reading the target workbook (目标任务导入; issue 5 "Targets"): each row's cells become the fields of a new target,
 * and the rows' 目标编号 / 上级目标编号 become the order they can be created in, parents first. Pure: what the rows
 * name in the database (units, people, indicators) the server resolves, and it then checks each target with the same
 * rules as one created by hand. Every problem names its row and column; none stops the reading of the others.
 */

export type TargetImportCells = ReadonlyMap<TargetImportField, ImportCell>;

const HEADER_OF = new Map<TargetImportField, TargetImportHeader>(TARGET_IMPORT_COLUMNS.map((c) => [c.field, c.header]));
const FIELD_OF_HEADER = new Map<string, TargetImportField>(TARGET_IMPORT_COLUMNS.map((c) => [c.header, c.field]));
/** The Chinese label as the template's drop-down offers it, or the code as the API spells it. */
const LEVEL_OF_TEXT = new Map<string, TargetLevel>(TARGET_LEVELS.flatMap((l) => [[TARGET_LEVEL_LABELS[l], l] as const, [l, l] as const]));
const LEVEL_CHOICES = TARGET_LEVELS.map((l) => TARGET_LEVEL_LABELS[l]).join('、');
/** Plain decimal text, with thousands separators: what a target value typed as text looks like. */
const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** The column a field of a target body is read from, to place an issue of the creation rules in the sheet. */
const FIELD_OF_PATH: Record<string, TargetImportField> = {
  parentId: 'parentKey',
  level: 'level',
  title: 'title',
  description: 'description',
  unitId: 'unit',
  cadreId: 'cadreName',
  indicatorId: 'indicatorCode',
  targetValue: 'targetValue',
  deadline: 'deadline',
};
export const fieldOfPath = (path: string): TargetImportField => FIELD_OF_PATH[path] ?? 'title';
export const headerOf = (field: TargetImportField): TargetImportHeader => HEADER_OF.get(field) as TargetImportHeader;

export interface TargetHeaderMap {
  /** Column index (0-based, as in the sheet) → the field it holds. */
  columns: Map<number, TargetImportField>;
  missing: string[];
  duplicated: string[];
}

/** Matches the header row to the columns; unknown columns are ignored (a unit may add its own notes). */
export function mapTargetImportHeaders(headers: readonly ImportCell[]): TargetHeaderMap {
  const columns = new Map<number, TargetImportField>();
  const seen = new Set<TargetImportField>();
  const duplicated: string[] = [];
  headers.forEach((cell, index) => {
    const field = FIELD_OF_HEADER.get(normalizeHeader(cellText(cell)));
    if (!field) return;
    if (seen.has(field)) duplicated.push(headerOf(field));
    else columns.set(index, field);
    seen.add(field);
  });
  const missing = TARGET_IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map((c) => c.header as string);
  return { columns, missing, duplicated };
}

export const isBlankTargetRow = (cells: TargetImportCells): boolean => [...cells.values()].every((c) => cellText(c) === '');

/** A row read on its own: the fields that parsed (null or empty where a cell is blank or wrong) and its issues. */
export interface TargetImportRow {
  /** The Excel row number (the header is row 1). */
  row: number;
  key: string;
  parentKey: string;
  level: TargetLevel | null;
  title: string;
  description: string;
  unit: string;
  cadreName: string;
  /** Normalized; empty when the cell is blank or the number is wrong (an issue then says why). */
  idNumber: string;
  indicatorCode: string;
  targetValue: number | null;
  deadline: string | null;
  /** Each cell as an issue shows it: the ID number masked, so no issue list holds a full number. */
  shown: Record<TargetImportField, string>;
  issues: TargetImportIssue[];
}

function shownCell(field: TargetImportField, cell: ImportCell): string {
  const text = cellText(cell);
  return field === 'idNumber' && text.length > 10 ? maskIdNumber(normalizeIdNumber(text)) : text.slice(0, 200);
}

export function readTargetImportRow(row: number, cells: TargetImportCells): TargetImportRow {
  const cell = (f: TargetImportField) => cells.get(f) ?? null;
  const text = (f: TargetImportField) => cellText(cell(f));
  const shown = Object.fromEntries(TARGET_IMPORT_COLUMNS.map((c) => [c.field, shownCell(c.field, cell(c.field))])) as Record<TargetImportField, string>;
  const issues: TargetImportIssue[] = [];
  const add = (field: TargetImportField, message: string) => issues.push({ row, column: headerOf(field), value: shown[field], message });

  const levelText = text('level');
  const level = LEVEL_OF_TEXT.get(levelText) ?? null;
  if (levelText === '') add('level', `请填写层级（${LEVEL_CHOICES}）`);
  else if (!level) add('level', `层级“${levelText}”不正确，应为 ${LEVEL_CHOICES} 之一`);

  // The same field schemas as the create form, so a title is too long here exactly when it is there.
  const title = targetBody.shape.title.safeParse(text('title'));
  if (!title.success) add('title', title.error.issues[0]?.message ?? '请填写目标名称');
  const description = targetBody.shape.description.safeParse(text('description'));
  if (!description.success) add('description', description.error.issues[0]?.message ?? '目标内容有误');

  let targetValue: number | null = null;
  const valueText = text('targetValue');
  if (valueText !== '') {
    const raw = cell('targetValue');
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMBER_TEXT.test(valueText) ? Number(valueText.replace(/,/g, '')) : Number.NaN;
    const parsed = targetBody.shape.targetValue.safeParse(n);
    if (Number.isNaN(n)) add('targetValue', `目标值“${valueText}”不是数字`);
    else if (!parsed.success) add('targetValue', parsed.error.issues[0]?.message ?? '目标值超出范围');
    else targetValue = parsed.data;
  }

  let deadline: string | null = null;
  if (text('deadline') === '') add('deadline', '请填写截止日期');
  else {
    const reading = readImportDate(cell('deadline'), 'day', '截止日期');
    if ('error' in reading) add('deadline', reading.error);
    else deadline = reading.date;
  }

  let idNumber = '';
  if (text('idNumber') !== '') {
    // An 18-digit number typed into a number cell has already lost its last digits to floating point.
    if (typeof cell('idNumber') === 'number') add('idNumber', '身份证号请以文本格式填写（数字格式会丢失末位）');
    else {
      const normalized = normalizeIdNumber(text('idNumber'));
      const problems = checkIdNumber(normalized);
      if (problems.length > 0) add('idNumber', problems.map((p) => p.text).join('；'));
      else idNumber = normalized;
    }
  }

  return {
    row,
    key: text('key'),
    parentKey: text('parentKey'),
    level,
    title: title.success ? title.data : '',
    description: description.success ? description.data : '',
    unit: text('unit'),
    cadreName: text('cadreName'),
    idNumber,
    indicatorCode: text('indicatorCode'),
    targetValue,
    deadline,
    shown,
    issues,
  };
}

/** Where a row's parent is: none (a root), a stored target of the cycle, another row of the file, or unusable. */
export type ParentRef = { kind: 'none' } | { kind: 'stored'; id: string } | { kind: 'row'; index: number } | { kind: 'invalid' };

export interface TargetImportPlan {
  /** Indexes of the rows, each parent before its children; rows whose ancestry loops come last. */
  order: number[];
  /** By row index. */
  parents: ParentRef[];
  issues: TargetImportIssue[];
}

type KeyedRow = Pick<TargetImportRow, 'row' | 'key' | 'parentKey'>;

function rowList(rows: readonly number[]): string {
  return rows.length > 10 ? `${rows.slice(0, 10).join('、')} 等 ${rows.length} 行` : rows.join('、');
}

/**
 * How the rows hang together: 目标编号 is a key unique in the file, 上级目标编号 names a target of the cycle (`stored`
 * ids) or another row's key, in any order of rows; a loop of rows naming each other as parents can never be created,
 * and every row in it is told so.
 */
export function planTargetImport(rows: readonly KeyedRow[], stored: ReadonlySet<string>): TargetImportPlan {
  const issues: TargetImportIssue[] = [];
  const add = (r: KeyedRow, field: TargetImportField, message: string) =>
    issues.push({ row: r.row, column: headerOf(field), value: (field === 'key' ? r.key : r.parentKey).slice(0, 200), message });

  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.key !== '') byKey.set(r.key, [...(byKey.get(r.key) ?? []), i]);
  });
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    for (const i of group) {
      const others = group.filter((j) => j !== i).map((j) => (rows[j] as KeyedRow).row);
      add(rows[i] as KeyedRow, 'key', `目标编号“${key}”与第 ${rowList(others)} 行重复，文件中每行的目标编号应唯一`);
    }
  }

  const parents = rows.map((r, i): ParentRef => {
    if (r.parentKey === '') return { kind: 'none' };
    if (stored.has(r.parentKey)) return { kind: 'stored', id: r.parentKey };
    const group = byKey.get(r.parentKey);
    if (!group) add(r, 'parentKey', `上级目标编号“${r.parentKey}”既不是本考核周期已有目标的编号，也不是本文件中其他行的目标编号`);
    else if (group.length > 1)
      add(r, 'parentKey', `上级目标编号“${r.parentKey}”对应本文件第 ${rowList(group.map((j) => (rows[j] as KeyedRow).row))} 行，无法确定上级目标`);
    else if (group[0] === i) add(r, 'parentKey', '上级目标编号不能是本行自己的目标编号');
    else return { kind: 'row', index: group[0] as number };
    return { kind: 'invalid' };
  });

  // Breadth first from the rows whose parent is not another row: every row comes after its parent.
  const children = new Map<number, number[]>();
  parents.forEach((p, i) => {
    if (p.kind === 'row') children.set(p.index, [...(children.get(p.index) ?? []), i]);
  });
  const order = rows.map((_, i) => i).filter((i) => parents[i]?.kind !== 'row');
  for (let q = 0; q < order.length; q++) order.push(...(children.get(order[q] as number) ?? []));

  // What is left hangs below a loop; follow each such row's parents until one repeats to find the loop itself.
  const placed = new Set(order);
  const settled = new Set<number>();
  for (let start = 0; start < rows.length; start++) {
    if (placed.has(start) || settled.has(start)) continue;
    const path: number[] = [];
    let at = start;
    while (!settled.has(at) && !path.includes(at)) {
      path.push(at);
      at = (parents[at] as { index: number }).index;
    }
    const loop = settled.has(at) ? [] : path.slice(path.indexOf(at));
    for (const [n, i] of loop.entries()) {
      const around = [...loop.slice(n), ...loop.slice(0, n), i].map((j) => `第 ${(rows[j] as KeyedRow).row} 行`);
      add(rows[i] as KeyedRow, 'parentKey', `上级目标编号形成循环（${around.join(' → ')}），无法确定上下级`);
    }
    for (const i of path) settled.add(i);
  }
  order.push(...rows.map((_, i) => i).filter((i) => !placed.has(i)));
  return { order, parents, issues };
}
