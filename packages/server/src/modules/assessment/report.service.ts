import type { Readable } from 'node:stream';
import { GRADE_STATUS_LABELS } from '@dandang/shared/assessment/grading.rules';
import type { ResultView } from '@dandang/shared/assessment/result.schema';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { streamWorkbook } from '../../platform/excel/export';
import { cycleContext } from './cycle-context';
import { participantScope } from './participant-scope';
import { resultPages } from './result-pages';
import { toResultView } from './results.view';

/*
 * The results table of a cycle (考核结果上报表, issue 5 "Views"): one row per participant in the reader's scope with the
 * parts of the score, the rank, the grade and the comment, as units report them upward once grades are proposed.
 */
const GRADED_STATES = ['GRADING', 'NOTICE', 'PUBLISHED'];

const part = (r: ResultView, key: 'indicators' | 'democratic' | 'bonus' | 'deduction') => r.breakdown?.parts[key] ?? null;

export async function resultsReport(db: Db, ctx: RequestContext, cycleId: string): Promise<{ name: string; stream: Readable }> {
  const context = await cycleContext(db, cycleId, ctx.now);
  if (!GRADED_STATES.includes(context.cycle.state)) throw new DomainError('STATE_CONFLICT', undefined, '进入定等阶段后才能导出考核结果上报表');
  const scope = participantScope(ctx, 'assessment.result.read');
  async function* pages(): AsyncGenerator<ResultView[]> {
    for await (const rows of resultPages(db, cycleId, { scope })) yield rows.map((row) => toResultView(context, row));
  }
  const stream = streamWorkbook<ResultView>(
    '考核结果上报表',
    [
      { header: '类别', width: 12, value: (r) => SCHEME_CATEGORY_LABELS[r.category] },
      { header: '单位', width: 24, value: (r) => r.unitName },
      { header: '姓名', width: 12, value: (r) => r.name },
      { header: '职务', width: 20, value: (r) => r.post ?? '' },
      { header: '指标得分', width: 10, value: (r) => part(r, 'indicators') },
      { header: '民主测评得分', width: 12, value: (r) => part(r, 'democratic') },
      { header: '加分', width: 8, value: (r) => part(r, 'bonus') },
      { header: '减分', width: 8, value: (r) => part(r, 'deduction') },
      { header: '最终得分', width: 10, value: (r) => r.final },
      { header: '排名（名额池内）', width: 14, value: (r) => r.rank },
      { header: '等次', width: 12, value: (r) => r.gradeLabel ?? (r.gradeStatus ? GRADE_STATUS_LABELS[r.gradeStatus] : '') },
      { header: '调整理由', width: 24, value: (r) => r.changeReason },
      { header: '评语', width: 40, value: (r) => r.comment },
      // A unit or a leadership team has nobody to confirm: left blank rather than 未确认.
      { header: '本人意见', width: 14, value: (r) => (r.cadreId === null ? '' : r.confirmedAt ? '已确认' : r.appealState ? '申请复核' : '未确认') },
    ],
    pages(),
  );
  return { name: `${context.cycle.name}-考核结果上报表.xlsx`, stream };
}
