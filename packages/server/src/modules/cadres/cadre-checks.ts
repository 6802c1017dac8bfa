import { checkCadreProfile, type ProfileFacts } from '@dandang/shared/cadres/cadre-profile.rules';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import type { FieldIssue } from '../../platform/errors';
import { DomainError } from '../../platform/errors';
import { scopeCondition } from '../org';
import { units } from '../org/org.tables';
import * as repo from './cadres.repository';

/** Which dictionary each coded field draws from, and its name for the message. */
const CODED_FIELDS = {
  gender: ['gender', '性别'],
  ethnicity: ['ethnicity', '民族'],
  politicalStatus: ['political_status', '政治面貌'],
  education: ['education', '全日制学历'],
  inServiceEducation: ['education', '在职学历'],
  rank: ['rank_level', '职务职级'],
} as const;
export type CodedField = keyof typeof CODED_FIELDS;

/**
 * Dictionary codes that are not (or no longer) enabled in the dictionaries administrators keep, one issue per field.
 * Empty strings are "none" for optional fields (the schema already refuses empty required ones).
 */
export async function codeIssues(db: Executor, values: Partial<Record<CodedField, string>>): Promise<FieldIssue[]> {
  const given = (Object.keys(CODED_FIELDS) as CodedField[]).filter((f) => values[f]);
  const enabled = await repo.enabledCodes(db, [...new Set(given.map((f) => CODED_FIELDS[f][0]))]);
  return given
    .filter((f) => !enabled.has(`${CODED_FIELDS[f][0]}:${values[f]}`))
    .map((f) => ({ path: f, message: `“${values[f]}”不是有效的${CODED_FIELDS[f][1]}代码（不在字典中或已停用）` }));
}

/**
 * The profile rules, kept to what this write touches: a problem is reported only when one of the fields it depends
 * on was submitted, so an old record that breaks a rule can still have its phone number changed. When the ID number
 * itself was not submitted, a disagreement with the stored one is named on the birth date or gender that was.
 */
export function profileIssues(facts: ProfileFacts, submitted: ReadonlySet<string>, idNumberSubmitted: boolean): { fields: FieldIssue[]; codes: string[] } {
  const fields: FieldIssue[] = [];
  const codes: string[] = [];
  for (const p of checkCadreProfile(facts)) {
    let path: string = p.field;
    if (p.field === 'idNumber' && !idNumberSubmitted) {
      if (p.code === 'BIRTH_DATE_MISMATCH' && submitted.has('birthDate')) path = 'birthDate';
      else if (p.code === 'GENDER_MISMATCH' && submitted.has('gender')) path = 'gender';
      else continue;
    } else if (p.field !== 'idNumber' && !submitted.has(p.field) && !submitted.has('birthDate')) {
      continue;
    }
    fields.push({ path, message: p.text });
    if (p.field === 'idNumber') codes.push(p.code);
  }
  return { fields, codes };
}

/** One 400 naming every bad field; the ID number's problem codes ride along for clients that explain them. */
export function throwIfIssues(fields: FieldIssue[], idNumberProblems: string[] = []): void {
  if (fields.length === 0) return;
  const names = fields.map((f) => `${f.path}：${f.message}`).join('；');
  throw new DomainError('VALIDATION_FAILED', { fields, ...(idNumberProblems.length ? { idNumberProblems } : {}) }, `提交的数据有误：${names}`);
}

/** A unit a cadre is placed in must lie inside the actor's `cadre.write` scope; otherwise 400 naming `unitId`. */
export async function unitIssue(db: Executor, ctx: RequestContext, unitId: string): Promise<FieldIssue[]> {
  const unit = await repo.findUnitIn(db, unitId, scopeCondition(ctx.actor, 'cadre.write', { unitId: units.id }));
  return unit ? [] : [{ path: 'unitId', message: '所选单位不存在或不在您的管理范围内' }];
}
