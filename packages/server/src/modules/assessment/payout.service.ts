import type { Readable } from 'node:stream';
import { ANNUAL_GRADE_LABELS, ANNUAL_GRADES, type AnnualGrade } from '@dandang/shared/rules/reason';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { streamWorkbook } from '../../platform/excel/export';
import { cycleContext } from './cycle-context';
import { participantScope } from './participant-scope';
import { resultPages } from './result-pages';
import { participantName } from './results.view';

/*
 * The payout sheet (绩效奖金发放表, issue 5 "Results that drive things"): each published annual grade with the policy's
 * bonus coefficient for it (绩效奖金系数, bonusPercents: 120 → 1.20), for the units in the reader's scope.
 */

export interface PayoutRow {
  unitName: string;
  name: string;
  post: string;
  score: number | null;
  grade: string;
  coefficient: number | null;
}

export async function payoutSheet(db: Db, ctx: RequestContext, cycleId: string): Promise<{ name: string; stream: Readable }> {
  const context = await cycleContext(db, cycleId, ctx.now);
  const { cycle, policy } = context;
  if (cycle.kind !== 'ANNUAL') throw new DomainError('STATE_CONFLICT', undefined, '绩效奖金系数只适用于年度考核');
  if (cycle.state !== 'PUBLISHED') throw new DomainError('STATE_CONFLICT', undefined, '考核结果发布后才能生成发放表');
  const scope = participantScope(ctx, 'assessment.result.read');

  async function* pages(): AsyncGenerator<PayoutRow[]> {
    for await (const rows of resultPages(db, cycleId, { category: 'INDIVIDUAL', scope })) {
      yield rows.map((row) => {
        const grade =
          row.grading?.status === 'GRADED' && (ANNUAL_GRADES as readonly string[]).includes(row.grading.grade ?? '')
            ? (row.grading.grade as AnnualGrade)
            : null;
        return {
          unitName: row.unitName,
          name: participantName(row),
          post: row.post ?? '',
          score: row.result.finalHundredths === null ? null : row.result.finalHundredths / 100,
          grade: grade ? ANNUAL_GRADE_LABELS[grade] : '不定等次',
          coefficient: grade ? policy.assessment.bonusPercents[grade] / 100 : null,
        };
      });
    }
  }
  const stream = streamWorkbook<PayoutRow>(
    '绩效奖金发放表',
    [
      { header: '单位', width: 24, value: (r) => r.unitName },
      { header: '姓名', width: 12, value: (r) => r.name },
      { header: '职务', width: 24, value: (r) => r.post },
      { header: '考核得分', width: 10, value: (r) => r.score },
      { header: '年度考核等次', width: 14, value: (r) => r.grade },
      { header: '绩效奖金系数', width: 14, value: (r) => r.coefficient },
    ],
    pages(),
  );
  return { name: `${cycle.name}-绩效奖金发放表.xlsx`, stream };
}
