import { chinaDateOf } from '@dandang/shared/dates/date';
import { evaluateRule, RULE_NAMES, RULES } from '@dandang/shared/rules/index';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { loadWorkCalendar } from '../calendar';
import { effectiveDocument } from '../policy';

export function rulesRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/rules', { schema: { tags: ['rules'], summary: '可用的规则' }, config: { permission: 'rules.use' } }, () =>
      RULE_NAMES.map((name) => ({ name, title: RULES[name].title })),
    );
    r.post(
      '/api/v1/rules/:rule',
      {
        schema: {
          tags: ['rules'],
          summary: '按规则计算（单个输入或数组）',
          params: z.object({ rule: z.enum(RULE_NAMES as [string, ...string[]]) }),
          querystring: z.object({ policyDate: z.iso.date('日期格式应为 YYYY-MM-DD').optional() }),
          body: z.unknown(),
        },
        config: { permission: 'rules.use' },
      },
      async (req) => {
        const ctx = {
          policy: await effectiveDocument(db, req.query.policyDate ?? chinaDateOf(req.ctx.now)),
          calendar: await loadWorkCalendar(db),
        };
        const outcome = evaluateRule(req.params.rule, req.body, ctx);
        if (outcome.ok) return outcome.result;
        const issues = (outcome.error.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues;
        if (issues) throw validationError(issues);
        throw new DomainError('VALIDATION_FAILED', undefined, outcome.error.message);
      },
    );
  };
}
