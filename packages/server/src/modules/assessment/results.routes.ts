import { analysisQuery, analysisView } from '@dandang/shared/assessment/analysis.schema';
import {
  answerAppealBody,
  appealBody,
  changeGradeBody,
  confirmBody,
  myResultView,
  objectionBody,
  objectionView,
  poolView,
  resolveObjectionBody,
  resultsQuery,
  resultView,
  saveScoreBody,
  scoreSheetView,
} from '@dandang/shared/assessment/result.schema';
import { SCHEME_CATEGORIES } from '@dandang/shared/assessment/scheme.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { attachmentName } from '../../platform/excel/export';
import { DOCX_CONTENT_TYPE } from '../../platform/word/official';
import { cycleAnalysis } from './analysis.service';
import { changeGrade } from './grading.service';
import { answerAppeal, listObjections, myResults, raiseObjection, resolveObjection, respondToResult } from './notice.service';
import { payoutSheet } from './payout.service';
import { cyclePools } from './pools.service';
import { registrationBatch, registrationFile } from './registration.service';
import { resultsReport } from './report.service';
import { getResult, listResults, recomputeCycleScores, saveScore, scoreSheet } from './scoring.service';

const tags = ['assessment'];
const results = { permission: 'assessment.result.read' } as const;
const score = { permission: 'assessment.score' } as const;
const grade = { permission: 'assessment.grade' } as const;
const confirm = { permission: 'assessment.confirm' } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 评分、定等、公示与确认: a cycle's results, each within the reader's data scope for the permission used. */
export function resultRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/cycles/:id/score-sheet',
      {
        schema: {
          tags,
          summary: '评分表：该类别考核方案的指标、计分规则、加减分项与等次',
          params: idParam,
          querystring: z.object({ category: z.enum(SCHEME_CATEGORIES, { error: '考核类别不正确' }) }),
          response: { 200: scoreSheetView },
        },
        config: results,
      },
      (req) => scoreSheet(db, req.ctx, req.params.id, req.query.category),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/analysis',
      {
        schema: {
          tags,
          summary: '考核分析：等次分布、得分分布、排名（与上年比较）和历年趋势',
          params: idParam,
          querystring: analysisQuery,
          response: { 200: analysisView },
        },
        config: results,
      },
      (req) => cycleAnalysis(db, req.ctx, req.params.id, req.query.category),
    );
    r.post(
      '/api/v1/assessment/cycles/:id/scores/recompute',
      {
        schema: {
          tags,
          summary: '重新计算得分（计入新结束的民主测评与新登记的处理处分）',
          params: idParam,
          response: { 200: z.object({ participants: z.number(), changed: z.number(), incomplete: z.number() }) },
        },
        config: grade,
      },
      (req) => recomputeCycleScores(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/results',
      {
        schema: {
          tags,
          summary: '考核结果：得分及其构成、拟定与确定等次、确认与复核（按查看人的数据范围）',
          params: idParam,
          querystring: resultsQuery,
          response: { 200: z.object({ items: z.array(resultView), total: z.number() }) },
        },
        config: results,
      },
      (req) => listResults(db, req.ctx, req.params.id, req.query),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/pools',
      {
        schema: {
          tags,
          summary: '定等名额：各名额池的单位、基数、优秀名额及其计算依据、已定与拟定优秀人数',
          params: idParam,
          response: { 200: z.array(poolView) },
        },
        config: grade,
      },
      (req) => cyclePools(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/payout.xlsx',
      { schema: { tags, summary: '导出绩效奖金发放表（年度考核发布后）', params: idParam }, config: results },
      async (req, reply) => {
        const { name, stream } = await payoutSheet(db, req.ctx, req.params.id);
        return reply.type(XLSX).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
    r.get(
      '/api/v1/assessment/my-results',
      { schema: { tags, summary: '本人考核结果（公示及发布后）', response: { 200: z.array(myResultView) } }, config: confirm },
      (req) => myResults(db, req.ctx),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/report.xlsx',
      { schema: { tags, summary: '导出考核结果上报表（定等后；按查看人的数据范围）', params: idParam }, config: results },
      async (req, reply) => {
        const { name, stream } = await resultsReport(db, req.ctx, req.params.id);
        return reply.type(XLSX).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
    r.get(
      '/api/v1/assessment/results/:id/registration.docx',
      { schema: { tags, summary: '下载年度考核登记表（Word；年度考核公示及发布后，干部个人）', params: idParam }, config: results },
      async (req, reply) => {
        const { name, buffer } = await registrationFile(db, req.ctx, req.params.id);
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(buffer);
      },
    );
    r.get(
      '/api/v1/assessment/cycles/:id/registrations.docx',
      {
        schema: {
          tags,
          summary: '批量导出年度考核登记表（Word，每人一份、各自分页；按查看人的数据范围，可按单位）',
          params: idParam,
          querystring: z.object({ unitId: z.uuid('单位编号格式不正确').optional() }),
        },
        config: results,
      },
      async (req, reply) => {
        const { name, buffer } = await registrationBatch(db, req.ctx, req.params.id, req.query.unitId);
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(buffer);
      },
    );
    r.get(
      '/api/v1/assessment/results/:id',
      { schema: { tags, summary: '一个考核对象的结果', params: idParam, response: { 200: resultView } }, config: results },
      (req) => getResult(db, req.ctx, req.params.id),
    );
    r.put(
      '/api/v1/assessment/results/:id/score',
      {
        schema: { tags, summary: '录入评分（完成值、评定等级、加减分次数、评语）', params: idParam, body: saveScoreBody, response: { 200: resultView } },
        config: score,
      },
      (req) => saveScore(db, req.ctx, req.params.id, req.body),
    );
    r.put(
      '/api/v1/assessment/results/:id/grade',
      {
        schema: {
          tags,
          summary: '调整等次（须说明理由；超出名额或违反影响期的调整不予接受）',
          params: idParam,
          body: changeGradeBody,
          response: { 200: resultView },
        },
        config: grade,
      },
      (req) => changeGrade(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/results/:id/confirmation',
      { schema: { tags, summary: '本人确认考核结果', params: idParam, body: confirmBody, response: { 200: resultView } }, config: confirm },
      (req) => respondToResult(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/results/:id/appeal',
      { schema: { tags, summary: '本人申请复核', params: idParam, body: appealBody, response: { 200: resultView } }, config: confirm },
      (req) => respondToResult(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/results/:id/appeal-answer',
      { schema: { tags, summary: '答复复核申请', params: idParam, body: answerAppealBody, response: { 200: resultView } }, config: grade },
      (req) => answerAppeal(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/objections',
      { schema: { tags, summary: '公示期间的反映', params: idParam, response: { 200: z.array(objectionView) } }, config: grade },
      (req) => listObjections(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/assessment/cycles/:id/objections',
      { schema: { tags, summary: '登记公示期间的反映', params: idParam, body: objectionBody, response: { 200: objectionView } }, config: grade },
      (req) => raiseObjection(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/objections/:id/resolution',
      { schema: { tags, summary: '办结反映（属实或不属实）', params: idParam, body: resolveObjectionBody, response: { 200: objectionView } }, config: grade },
      (req) => resolveObjection(db, req.ctx, req.params.id, req.body),
    );
  };
}
