import { annualGradeParams, annualGradeSchema, putAnnualGradeBody } from '@dandang/shared/cadres/annual-grade.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import { listAnnualGrades, putAnnualGrade } from './grades.service';

const tags = ['cadres'];

/** 年度考核等次: entered here for past years; the assessment module writes the years it grades. */
export function gradeRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres/:id/annual-grades',
      { schema: { tags, summary: '干部的年度考核等次', params: idParam, response: { 200: z.array(annualGradeSchema) } }, config: { permission: 'grade.read' } },
      (req) => listAnnualGrades(db, req.ctx, req.params.id),
    );
    r.put(
      '/api/v1/cadres/:id/annual-grades/:year',
      {
        schema: {
          tags,
          summary: '登记或更正某年度考核等次（更正须带读取时的 version；与该年度处理处分措施的影响不符的等次不予登记）',
          params: annualGradeParams,
          body: putAnnualGradeBody,
          response: { 200: annualGradeSchema },
        },
        config: { permission: 'grade.write' },
      },
      (req) => putAnnualGrade(db, req.ctx, req.params.id, req.params.year, req.body),
    );
  };
}
