import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { expecting } from '../rules/validation';

/** 回访教育 (DOMAIN.md §9): a visit's result (好/一般/较差) and whom the visitors talked with. */
export const VISIT_RESULTS = ['GOOD', 'FAIR', 'POOR'] as const;
export type VisitResult = (typeof VISIT_RESULTS)[number];
export const VISIT_RESULT_LABELS: Record<VisitResult, string> = { GOOD: '好', FAIR: '一般', POOR: '较差' };

export const INTERVIEWEES = ['UNIT_HEAD', 'SELF', 'COLLEAGUES'] as const;
export type Interviewee = (typeof INTERVIEWEES)[number];
export const INTERVIEWEE_LABELS: Record<Interviewee, string> = { UNIT_HEAD: '单位主要负责人', SELF: '本人', COLLEAGUES: '身边同事' };

const visitors = z.array(requiredText('回访人员姓名', 50), expecting('回访人员应为姓名列表')).max(20, '回访人员不超过20人');
/** A visit talks with the unit head, the person and colleagues (DOMAIN.md §9): all three are required. */
const interviewed = z
  .array(z.enum(INTERVIEWEES, { error: `谈话对象应为 ${INTERVIEWEES.join('、')} 之一` }), expecting('谈话对象应为列表'))
  .superRefine((list, ctx) => {
    const missing = INTERVIEWEES.filter((i) => !list.includes(i)).map((i) => INTERVIEWEE_LABELS[i]);
    if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `回访应与单位主要负责人、本人和身边同事谈话，缺少：${missing.join('、')}` });
  });
const result = z.enum(VISIT_RESULTS, { error: `回访结果应为 ${VISIT_RESULTS.join('、')} 之一` });
const recommendation = optionalText('推荐使用建议', 1000);

/** Only a good result may carry a recommendation for use. */
function recommendationNeedsGood(body: { result?: VisitResult; recommendation?: string }, ctx: z.RefinementCtx) {
  if (body.recommendation && body.result !== 'GOOD') {
    ctx.addIssue({ code: 'custom', path: ['recommendation'], message: '只有回访结果为“好”时才能提出推荐使用建议' });
  }
}

export const createVisitBody = z
  .strictObject({
    cadreId: z.uuid(expecting('干部编号格式不正确')),
    measureId: z.uuid(expecting('措施编号格式不正确')),
    visitedOn: isoDateSchema,
    visitors,
    interviewed,
    findings: requiredText('回访情况', 2000),
    result,
    recommendation: recommendation.default(''),
  })
  .superRefine(recommendationNeedsGood);
export type CreateVisitBody = z.infer<typeof createVisitBody>;

/** The findings, result and recommendation may be corrected; the date, measure and visitors are the record's facts. */
export const updateVisitBody = z.strictObject({
  findings: requiredText('回访情况', 2000).optional(),
  result: result.optional(),
  recommendation: recommendation.optional(),
  version: versionField,
});
export type UpdateVisitBody = z.infer<typeof updateVisitBody>;

export const visitRecordSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  measureId: z.string(),
  visitedOn: z.string(),
  visitors: z.array(z.string()),
  interviewed: z.array(z.enum(INTERVIEWEES)),
  findings: z.string(),
  result: z.enum(VISIT_RESULTS),
  recommendation: z.string(),
  createdByName: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VisitRecord = z.infer<typeof visitRecordSchema>;

const planItem = z.object({
  seq: z.number(),
  dueBy: z.string(),
  status: z.enum(['due', 'overdue', 'done']),
  visitId: z.string().nullable(),
  visitedOn: z.string().nullable(),
});

export const visitPlanView = z.object({
  measureId: z.string(),
  measureCode: z.string(),
  effectiveOn: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** 谁查处、谁回访: the body that decided the measure visits. */
  assignedTo: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  barEnd: z.string(),
  state: z.enum(['due', 'overdue', 'done']),
  items: z.array(planItem),
  reasons: z.array(z.object({ code: z.string(), rule: z.string(), text: z.string() })),
});
export type VisitPlanView = z.infer<typeof visitPlanView>;

export const visitPlansQuery = z.object({
  state: z.enum(['due', 'overdue', 'all'], { error: '状态应为 due、overdue、all 之一' }).default('due'),
  unitId: z.uuid('单位编号格式不正确').optional(),
});

export const cadreVisitPlan = z.object({ asOf: z.string(), plans: z.array(visitPlanView), visits: z.array(visitRecordSchema) });

export const recommendationView = z.object({
  visitId: z.string(),
  measureId: z.string(),
  visitedOn: z.string(),
  text: z.string(),
  /**
   * The end of the cadre's promotion bar (the longest of their measures): the recommendation counts for promotion
   * screening from this day; null while a permanent bar or an unlifted suspension leaves no end.
   */
  effectiveFrom: z.string().nullable(),
  state: z.enum(['pending', 'effective']),
});
export type RecommendationView = z.infer<typeof recommendationView>;

export const recommendationsQuery = z.object({
  state: z.enum(['pending', 'effective', 'all'], { error: '状态应为 pending、effective、all 之一' }).default('effective'),
  unitId: z.uuid('单位编号格式不正确').optional(),
});

export const recommendedCadre = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  recommendations: z.array(recommendationView),
});
