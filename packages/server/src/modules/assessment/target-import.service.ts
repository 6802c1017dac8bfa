import type { ParentPlacement } from '@dandang/shared/assessment/target.rules';
import { TARGET_LEVEL_LABELS, type TargetInput } from '@dandang/shared/assessment/target.schema';
import {
  fieldOfPath,
  headerOf,
  isBlankTargetRow,
  mapTargetImportHeaders,
  type ParentRef,
  planTargetImport,
  readTargetImportRow,
  type TargetImportPlan,
  type TargetImportRow,
} from '@dandang/shared/assessment/target-import.rules';
import {
  TARGET_IMPORT_COLUMNS,
  TARGET_IMPORT_MAX_ROWS,
  TARGET_IMPORT_SHEET_NAME,
  type TargetImportField,
  type TargetImportIssue,
  type TargetImportResult,
} from '@dandang/shared/assessment/target-import.schema';
import { cellText, type ImportCell } from '@dandang/shared/cadres/cadre-import.rules';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { checkUpload, readSheetRows } from '../cadres';
import { scopeCondition, units } from '../org';
import * as lookups from './target-import.repository';
import * as repo from './targets.repository';
import { AUDITED, creationIssues, insertScoped, requireCycleRow, requireDecomposing, targetScope, targetValues } from './targets.service';

/*
 * 目标任务导入 (issue 5 "Targets"): a unit's admin downloads the cycle's targets they can see as a workbook
 * (target-import-template.ts), adds rows below that decompose them, and uploads it. Each new row is checked with the
 * same rules as a target created by hand (creationIssues), against a parent stored or a parent row of the same file;
 * every bad cell is reported at once, and only a clean file is written, all rows in one transaction, each through the
 * writer's scope.
 */

function headersInvalid(missing: string[], duplicated: string[]): DomainError {
  const parts = [missing.length ? `缺少必填列：${missing.join('、')}` : '', duplicated.length ? `重复的列：${duplicated.join('、')}` : ''].filter(Boolean);
  return new DomainError(
    'IMPORT_HEADERS_INVALID',
    { missing, duplicated },
    `“${TARGET_IMPORT_SHEET_NAME}”第 1 行表头不正确，${parts.join('；')}。请使用下载的模板填写`,
  );
}

/** The rows to create: every non-blank row below the header whose 目标编号 is not a target of the cycle. */
async function readNewRows(bytes: Buffer, stored: ReadonlySet<string>): Promise<TargetImportRow[]> {
  let columns: Map<number, TargetImportField> | null = null;
  const rows: TargetImportRow[] = [];
  for await (const sheetRow of readSheetRows(bytes, TARGET_IMPORT_SHEET_NAME)) {
    if (!columns) {
      const headers = mapTargetImportHeaders(sheetRow.number === 1 ? sheetRow.cells : []);
      if (headers.missing.length > 0 || headers.duplicated.length > 0) throw headersInvalid(headers.missing, headers.duplicated);
      columns = headers.columns;
      continue;
    }
    const cells = new Map<TargetImportField, ImportCell>();
    for (const [index, field] of columns) cells.set(field, sheetRow.cells[index] ?? null);
    if (isBlankTargetRow(cells) || stored.has(cellText(cells.get('key') ?? null))) continue;
    rows.push(readTargetImportRow(sheetRow.number, cells));
    if (rows.length > TARGET_IMPORT_MAX_ROWS) {
      throw new DomainError('IMPORT_ROW_COUNT', undefined, `新增的目标任务超过 ${TARGET_IMPORT_MAX_ROWS} 项，请分成多个文件导入`);
    }
  }
  if (!columns)
    throw headersInvalid(
      TARGET_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header),
      [],
    );
  if (rows.length === 0)
    throw new DomainError('IMPORT_ROW_COUNT', undefined, `工作表“${TARGET_IMPORT_SHEET_NAME}”中没有新增的目标任务（已有目标所在的行仅供参照，导入时跳过）`);
  return rows;
}

const unique = (xs: string[]) => [...new Set(xs.filter((x) => x !== ''))];

/** A unit by full name, or by code where names repeat; an ambiguous name asks for the code. */
function unitResolver(matches: lookups.UnitMatch[]) {
  return (text: string): { id: string } | { message: string } => {
    const byName = matches.filter((u) => u.name === text);
    const found = byName.length > 0 ? byName : matches.filter((u) => u.code === text);
    if (found.length === 1) return { id: (found[0] as lookups.UnitMatch).id };
    if (found.length === 0) return { message: `单位“${text}”不存在，请填写单位全称（重名时填写单位代码）` };
    const codes = found.map((u) => u.code).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { message: `有 ${found.length} 个单位名为“${text}”（单位代码 ${codes.join('、')}），请改填单位代码以区分` };
  };
}

interface Checked {
  input: TargetInput;
  placement: ParentPlacement;
}

const DEADLINE_PLACEHOLDER = '1900-01-01';

/**
 * Every problem of every row: the cells read on their own, the keys and parents across rows, what the cells name in
 * the database, and the creation rules against the stored parent or the parent row. A problem that follows from
 * another one already reported (a person not looked up because the parent is wrong) is not reported again.
 */
async function checkRows(db: Db, cipher: FieldCipher, ctx: RequestContext, cycleId: string, rows: TargetImportRow[], plan: TargetImportPlan) {
  const issues: TargetImportIssue[] = [...plan.issues, ...rows.flatMap((r) => r.issues)];
  const flagged = new Set(issues.map((i) => `${i.row}:${i.column}`));
  const bad = new Set(issues.map((i) => i.row));
  const add = (row: TargetImportRow, field: TargetImportField, message: string) => {
    const key = `${row.row}:${headerOf(field)}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    bad.add(row.row);
    issues.push({ row: row.row, column: headerOf(field), value: row.shown[field], message });
  };
  // Keeps a consequence of an issue reported elsewhere in the row out of the list.
  const silence = (row: TargetImportRow, field: TargetImportField) => flagged.add(`${row.row}:${headerOf(field)}`);

  const readable = new Map((await repo.listTargets(db, cycleId, { scope: targetScope(ctx, 'assessment.target.read') })).map((r) => [r.target.id, r]));
  const unitMatches = await lookups.unitsNamed(db, unique(rows.map((r) => r.unit)));
  const resolveUnit = unitResolver(unitMatches);
  const unitNames = new Map<string, string>(unitMatches.map((u) => [u.id, u.name]));
  for (const r of readable.values()) if (r.target.unitId && r.unitName) unitNames.set(r.target.unitId, r.unitName);
  const indicatorIds = await lookups.indicatorsByCode(db, unique(rows.map((r) => r.indicatorCode)));
  const persons = rows.filter((r) => r.level === 'PERSON');
  const digests = new Map(persons.filter((r) => r.idNumber !== '').map((r) => [r.row, cipher.digest(r.idNumber)]));
  // People are looked up only in units the actor may decompose for: a row naming another unit must not tell them who
  // is on that unit's roster.
  const writable = await lookups.unitsWithin(db, [...unitNames.keys()], scopeCondition(ctx.actor, 'assessment.target.write', { unitId: units.id }));
  const people = await lookups.cadresInUnits(db, [...writable], unique(persons.map((r) => r.cadreName)), [...digests.values()]);

  const checked = new Map<number, Checked>();
  for (const index of plan.order) {
    const row = rows[index] as TargetImportRow;
    const ref = plan.parents[index] as ParentRef;
    let parentId: string | null = null;
    let fileParent: ParentPlacement | null = null;
    // The unit a person row's owner is looked up in; undefined while the parent itself is wrong.
    let parentUnit: string | null | undefined = null;
    if (ref.kind === 'stored') {
      parentId = ref.id;
      parentUnit = readable.get(ref.id)?.target.unitId;
    } else if (ref.kind === 'row') {
      const parentRow = rows[ref.index] as TargetImportRow;
      const parent = checked.get(ref.index);
      if (parent && !bad.has(parentRow.row)) {
        fileParent = parent.placement;
        parentUnit = parent.placement.unitId;
      } else {
        add(row, 'parentKey', `上级目标（第 ${parentRow.row} 行）有误，请先改正该行`);
        parentUnit = undefined;
      }
    } else if (ref.kind === 'invalid') parentUnit = undefined;

    let unitId: string | null = null;
    if (row.unit !== '') {
      const unit = resolveUnit(row.unit);
      if ('message' in unit) add(row, 'unit', unit.message);
      else if (row.level !== 'PERSON' && !writable.has(unit.id)) add(row, 'unit', '只能为本人有权管理的单位分解目标任务');
      else unitId = unit.id;
    }

    let cadreId: string | null = null;
    const named = row.cadreName !== '' || row.shown.idNumber !== '';
    if (row.level === 'PERSON') {
      if (typeof parentUnit === 'string' && !writable.has(parentUnit)) {
        add(row, 'parentKey', '只能为本人有权管理的单位分解目标任务');
      } else if (typeof parentUnit === 'string') {
        const unitName = unitNames.get(parentUnit) ?? '';
        if (unitId && unitId !== parentUnit) add(row, 'unit', `个人目标的责任单位即责任人所在单位，应为上级目标的责任单位“${unitName}”（可不填）`);
        const inUnit = people.filter((p) => p.unitId === parentUnit);
        if (row.idNumber !== '') {
          const cadre = inUnit.find((p) => p.digest === digests.get(row.row));
          if (!cadre) add(row, 'idNumber', `上级目标的责任单位“${unitName}”中没有该身份证号的干部`);
          else if (row.cadreName !== '' && cadre.name !== row.cadreName) add(row, 'cadreName', '责任人姓名与身份证号不一致');
          else cadreId = cadre.id;
        } else if (row.cadreName !== '') {
          const same = inUnit.filter((p) => p.name === row.cadreName);
          if (same.length === 0) add(row, 'cadreName', `上级目标的责任单位“${unitName}”中没有名为“${row.cadreName}”的干部`);
          else if (same.length > 1) add(row, 'cadreName', `“${unitName}”有 ${same.length} 名干部名为“${row.cadreName}”，请填写责任人身份证号以区分`);
          else cadreId = (same[0] as lookups.CadreMatch).id;
        }
      }
      // Without a usable unit target above it the person cannot be looked up; the parent's issue says why.
      if (named && !cadreId) silence(row, 'cadreName');
    } else if (row.level) {
      const refusal = `${TARGET_LEVEL_LABELS[row.level]}目标不填写责任人，只有个人目标填写`;
      if (row.cadreName !== '') add(row, 'cadreName', refusal);
      if (row.shown.idNumber !== '') add(row, 'idNumber', refusal);
    }

    let indicatorId: string | null = null;
    if (row.indicatorCode !== '') {
      indicatorId = indicatorIds.get(row.indicatorCode) ?? null;
      if (!indicatorId) {
        add(row, 'indicatorCode', `指标编码“${row.indicatorCode}”在考核指标库中不存在`);
        // Whether a value belongs depends on the indicator's kind, unknown until its code is right.
        silence(row, 'targetValue');
      }
    }

    // Without a level there is no place in the tree to check; the cells' own issues are already listed.
    if (!row.level) continue;
    const input: TargetInput = {
      parentId,
      level: row.level,
      title: row.title,
      description: row.description,
      unitId: row.level === 'PERSON' ? null : unitId,
      cadreId,
      indicatorId,
      targetValue: row.targetValue,
      // A deadline that did not parse is reported already; any date keeps the other rules checkable.
      deadline: row.deadline ?? DEADLINE_PLACEHOLDER,
    };
    for (const issue of await creationIssues(db, ctx, cycleId, input, '', fileParent)) add(row, fieldOfPath(issue.path), issue.message);
    const ownerUnit = row.level === 'PERSON' ? (typeof parentUnit === 'string' ? parentUnit : null) : input.unitId;
    checked.set(index, { input, placement: { level: row.level, unitId: ownerUnit, indicatorId, deadline: input.deadline } });
  }
  const columnIndex = new Map<string, number>(TARGET_IMPORT_COLUMNS.map((c, i) => [c.header, i]));
  issues.sort((a, b) => a.row - b.row || (columnIndex.get(a.column) ?? 0) - (columnIndex.get(b.column) ?? 0));
  return { issues, checked };
}

function importInvalid(issues: TargetImportIssue[]): DomainError {
  const fields = issues.map((i) => ({ path: `第${i.row}行·${i.column}`, message: i.message }));
  const listed = fields.map((f) => `${f.path}：${f.message}`).join('；');
  return new DomainError('VALIDATION_FAILED', { issues, fields }, `导入的目标任务有 ${issues.length} 处错误，均未写入：${listed}`);
}

/**
 * Imports the new rows of a target workbook: all of them, parents before children, or none. A row outside the
 * actor's write scope (another unit's target) answers 403 from `insertScoped` and rolls every row back.
 */
export async function importTargets(db: Db, cipher: FieldCipher, ctx: RequestContext, cycleId: string, bytes: Buffer): Promise<TargetImportResult> {
  requireDecomposing((await requireCycleRow(db, cycleId)).state);
  await checkUpload(bytes, TARGET_IMPORT_SHEET_NAME);
  const stored = await lookups.cycleTargetIds(db, cycleId);
  const rows = await readNewRows(bytes, stored);
  const plan = planTargetImport(rows, stored);
  const { issues, checked } = await checkRows(db, cipher, ctx, cycleId, rows, plan);
  if (issues.length > 0) throw importInvalid(issues);
  return db.transaction(async (tx) => {
    const created = new Map<number, string>();
    for (const index of plan.order) {
      const { input } = checked.get(index) as Checked;
      const ref = plan.parents[index];
      const parentId = ref?.kind === 'row' ? (created.get(ref.index) as string) : input.parentId;
      const values = await targetValues(tx, cycleId, { ...input, parentId });
      const id = await insertScoped(tx, ctx, values).catch((error: unknown) => {
        // Which row is outside the writer's scope is what they need to fix it.
        if (error instanceof DomainError && error.code === 'FORBIDDEN') {
          const row = (rows[index] as TargetImportRow).row;
          throw new DomainError('FORBIDDEN', { row }, `第 ${row} 行：${error.message}`);
        }
        throw error;
      });
      created.set(index, id);
      await recordAudit(tx, ctx, {
        action: 'assessment_target.import',
        entity: 'assessment_target',
        entityId: id,
        changes: diffFields(null, values, [...AUDITED]),
      });
    }
    return { created: created.size };
  });
}
