import { gradeLabel } from '@dandang/shared/assessment/grade-scale';
import { GRADE_STATUS_LABELS } from '@dandang/shared/assessment/grading.rules';
import { APPEAL_STATE_LABELS, type ResultView } from '@dandang/shared/assessment/result.schema';
import { chinaDateOf, parseIsoDate } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { dictionaryLabels } from '../dictionaries';
import { type CycleContext, cycleContext, sheetOf } from './cycle-context';
import { participantScope } from './participant-scope';
import { type RegistrationFormData, registrationDocx, registrationsDocx, type SelfOpinion } from './registration-form';
import * as repo from './results.repository';
import { toResultView } from './results.view';
import { requireResult } from './scoring.service';

/*
 * The annual registration form of one cadre (年度考核登记表): the result as the reader may see it, worded for the
 * form. It exists for a cadre of an annual cycle once the grades are noticed; before that they are still drafts.
 */

const FORM_STATES = ['NOTICE', 'PUBLISHED'];

const conflict = (message: string) => new DomainError('STATE_CONFLICT', undefined, message);

/** 1985-06-01 → 1985.06, as personnel forms write months. */
const monthOf = (date: string | null) => (date ? date.slice(0, 7).replace('-', '.') : '');

function chineseDate(instant: Date): string {
  const parts = parseIsoDate(chinaDateOf(instant));
  return parts ? `${parts.year}年${parts.month}月${parts.day}日` : '';
}

function selfOpinionOf(view: ResultView): SelfOpinion {
  if (view.confirmedAt) return { kind: 'CONFIRMED', on: chineseDate(new Date(view.confirmedAt)) };
  if (view.appealState) {
    const answer = view.appealState === 'OPEN' ? '尚未答复' : `复核申请${APPEAL_STATE_LABELS[view.appealState]}。${view.appealAnswer}`;
    return { kind: 'APPEALED', appeal: view.appeal, answer };
  }
  return { kind: 'NONE' };
}

/** The status and its reasons, for a cadre whose grade was not decided (只写评语, 暂不定等次, 不参加考核). */
function notGradedNoteOf(view: ResultView): string {
  if (!view.gradeStatus || view.gradeStatus === 'GRADED') return '';
  return [`${GRADE_STATUS_LABELS[view.gradeStatus]}。`, ...view.gradeReasons.map((r) => r.text)].join('\n');
}

/** The dictionaries the form's facts are labelled with, read once per file. */
async function factLabels(db: Executor) {
  const [gender, education, politicalStatus] = await Promise.all(['gender', 'education', 'political_status'].map((code) => dictionaryLabels(db, code)));
  return { gender, education, politicalStatus };
}
type FactLabels = Awaited<ReturnType<typeof factLabels>>;

/** The registry's codes as the dictionaries label them; a code no longer listed prints as it is, as the roster export's do. */
async function labelledFacts(db: Executor, cadreId: string, labels: FactLabels) {
  const facts = await repo.cadreFacts(db, cadreId);
  if (!facts) throw notFound();
  const label = (map: Map<string, string> | undefined, code: string) => map?.get(code) ?? code;
  return {
    gender: label(labels.gender, facts.gender),
    birthMonth: monthOf(facts.birthDate),
    politicalStatus: label(labels.politicalStatus, facts.politicalStatus),
    education: label(labels.education, facts.education),
    postSince: monthOf(facts.rankSince),
  };
}

/** A cycle with registration forms: annual, its grades noticed. */
function requireFormCycle(context: CycleContext) {
  const { cycle } = context;
  if (cycle.kind !== 'ANNUAL') throw conflict('只有年度考核有年度考核登记表');
  if (!FORM_STATES.includes(cycle.state)) throw conflict('考核周期进入“公示”阶段后才能生成年度考核登记表');
  return cycle;
}

/** One cadre's result worded for the form. */
async function formData(db: Executor, context: CycleContext, row: repo.ResultRow, labels: FactLabels): Promise<RegistrationFormData> {
  const view = toResultView(context, row);
  const scale = sheetOf(context, row.category).scale;
  const graded = view.gradeStatus === 'GRADED';
  const undecided = view.gradeStatus ? GRADE_STATUS_LABELS[view.gradeStatus] : '';
  return {
    year: context.cycle.year,
    unitName: row.unitName,
    name: row.cadreName as string,
    ...(await labelledFacts(db, row.cadreId as string, labels)),
    unitAndPost: `${row.unitName}${row.post ?? ''}`,
    comment: view.comment,
    proposedGrade: graded ? gradeLabel(scale, view.proposedGrade) : undecided,
    decidedGrade: graded ? gradeLabel(scale, view.grade) : undecided,
    score: view.final === null ? '' : String(view.final),
    selfOpinion: selfOpinionOf(view),
    notGradedNote: notGradedNoteOf(view),
  };
}

/** The form as a .docx with its file name; 404 out of the reader's scope, 409 where no form exists (yet). */
export async function registrationFile(db: Executor, ctx: RequestContext, participantId: string): Promise<{ name: string; buffer: Buffer }> {
  const row = await requireResult(db, ctx, participantId, 'assessment.result.read');
  const context = await cycleContext(db, row.cycleId, ctx.now);
  const cycle = requireFormCycle(context);
  if (!row.cadreId || !row.cadreName) throw conflict('年度考核登记表只为干部个人填写，单位和领导班子没有登记表');
  const data = await formData(db, context, row, await factLabels(db));
  return { name: `${cycle.name}-${row.cadreName}-年度考核登记表.docx`, buffer: await registrationDocx(data) };
}

/** The most forms one file holds; a larger cycle is exported unit by unit. */
export const FORMS_PER_FILE = 1000;

/**
 * Every cadre's form of a cycle (or of one unit) within the reader's scope, in one document to print at once, in the
 * order of the results list.
 */
export async function registrationBatch(db: Executor, ctx: RequestContext, cycleId: string, unitId?: string): Promise<{ name: string; buffer: Buffer }> {
  const context = await cycleContext(db, cycleId, ctx.now);
  const cycle = requireFormCycle(context);
  const scope = participantScope(ctx, 'assessment.result.read');
  const [rows, [total]] = await repo.listResults(db, cycleId, { category: 'INDIVIDUAL', unitId, scope }, { limit: FORMS_PER_FILE, offset: 0 });
  const count = total?.n ?? 0;
  if (count === 0) throw conflict('没有可导出登记表的干部');
  if (count > FORMS_PER_FILE) throw conflict(`共 ${count} 名干部，一个文件最多 ${FORMS_PER_FILE} 份登记表，请按单位导出（unitId）`);
  const labels = await factLabels(db);
  const forms: RegistrationFormData[] = [];
  for (const row of rows) if (row.cadreId && row.cadreName) forms.push(await formData(db, context, row, labels));
  const unitName = unitId ? (rows[0]?.unitName ?? '') : '';
  return { name: `${cycle.name}-${unitName ? `${unitName}-` : ''}年度考核登记表.docx`, buffer: await registrationsDocx(cycle.year, forms) };
}
