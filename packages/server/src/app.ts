import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountabilityDocumentRoutes, accountabilityRoutes, accountabilityStatisticsRoutes, adjustmentRoutes } from './modules/accountability';
import {
  ballotRoutes,
  cycleRoutes,
  followUpRoutes,
  indicatorRoutes,
  progressRoutes,
  resultRoutes,
  schemeRoutes,
  targetImportRoutes,
  targetRoutes,
} from './modules/assessment';
import { auditRoutes } from './modules/audit';
import { authRoutes, registerAuthHook } from './modules/auth';
import { cadreImportRoutes, cadreRoutes, gradeRoutes, measureRoutes, supervisionRoutes, talentPoolRoutes, timelineRoutes } from './modules/cadres';
import { calendarRoutes } from './modules/calendar';
import { caseRoutes } from './modules/cases';
import { complaintRoutes } from './modules/complaints';
import { dashboardRoutes } from './modules/dashboard';
import { dictionaryRoutes } from './modules/dictionaries';
import { honorDocumentRoutes, honorPublicRoutes, honorRoutes } from './modules/honors';
import { announcementRoutes, notificationRoutes, registerSweep, type SweepOptions } from './modules/notifications';
import { orgRoutes } from './modules/org';
import { participationRoutes } from './modules/participation';
import { policyRoutes } from './modules/policy';
import { rulesRoutes } from './modules/rules';
import { toleranceDocumentRoutes, toleranceRoutes } from './modules/tolerance';
import { typicalCaseRoutes } from './modules/typical-cases';
import { careRoutes, coverageRoutes, visitRoutes } from './modules/visits';
import type { AppConfig } from './platform/config';
import type { FieldCipher } from './platform/crypto/sm';
import type { Database } from './platform/db/client';
import { answerFrameworkError, registerErrorHandler } from './platform/http/error-handler';
import { registerHealth } from './platform/http/health';
import { registerInputGuard } from './platform/http/input-guard';
import { serializeRequest } from './platform/http/log-redaction';
import { registerRequestContext } from './platform/http/request-hooks';
import { jobRoutes } from './platform/jobs/jobs.routes';

export interface AppDeps {
  database: Database;
  config: AppConfig;
  cipher: FieldCipher;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  version: string;
  logger?: boolean;
  /** Where log lines go instead of standard output (a test that reads what was logged). */
  logStream?: { write(line: string): void };
  /** The due-item sweep's schedule; it starts when the app listens. */
  sweep?: SweepOptions;
}

z.config(z.locales.zhCN());

/** Composes the platform and every module into one Fastify app; the same app serves the API and the web build. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { database, config } = deps;
  const db = database.db;
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
            serializers: { req: serializeRequest },
            ...(deps.logStream ? { stream: deps.logStream } : {}),
          },
    bodyLimit: 2 * 1024 * 1024,
    frameworkErrors: answerFrameworkError,
    genReqId: () => crypto.randomUUID(),
    trustProxy: process.env.DANDANG_TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Dandang 担当 API', version: deps.version, description: '激励干部担当作为工作平台接口' },
      tags: [
        { name: 'health', description: '运行状态' },
        { name: 'auth', description: '登录与会话' },
        { name: 'org', description: '单位、用户、角色、字典' },
        { name: 'cadres', description: '干部' },
        { name: 'assessment', description: '考核评价：指标库、考核方案、考核周期、民主测评' },
        { name: 'cases', description: '案件办理通用：办理过程、意见、附件、关联、延期、逾期提醒' },
        { name: 'tolerance', description: '容错纠错' },
        { name: 'accountability', description: '问责统筹与能上能下' },
        { name: 'complaints', description: '检举控告与澄清正名' },
        { name: 'typical-cases', description: '典型案例' },
        { name: 'visits', description: '回访教育与关心关爱' },
        { name: 'dashboard', description: '动态监测' },
        { name: 'honors', description: '评先评优：担当实干好干部、先进典型，公示与异议' },
        { name: 'participation', description: '群众金点子与企业诉求' },
        { name: 'documents', description: '公文文书' },
        { name: 'calendar', description: '工作日历' },
        { name: 'policy', description: '政策配置' },
        { name: 'audit', description: '操作日志与登录日志' },
        { name: 'rules', description: '规则计算' },
        { name: 'jobs', description: '后台任务' },
        { name: 'notifications', description: '站内消息与通知公告' },
      ],
    },
    transform: describeAccess,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  registerRequestContext(app, deps.now ?? (() => new Date()));
  registerAuthHook(app, db);
  registerInputGuard(app);
  registerHealth(app, database, deps.version);

  const secureCookies = process.env.DANDANG_SECURE_COOKIES === '1';
  await app.register(authRoutes(db, { secureCookies, loginRateLimit: config.loginRateLimit }));
  await app.register(orgRoutes(db));
  await app.register(cadreRoutes(db, deps.cipher));
  await app.register(dictionaryRoutes(db));
  await app.register(calendarRoutes(db));
  await app.register(policyRoutes(db));
  await app.register(auditRoutes(db));
  await app.register(rulesRoutes(db));
  await app.register(measureRoutes(db));
  await app.register(gradeRoutes(db));
  await app.register(timelineRoutes(db));
  await app.register(supervisionRoutes(db));
  await app.register(talentPoolRoutes(db));
  await app.register(jobRoutes(db));
  await app.register(cadreImportRoutes(db, deps.cipher));
  await app.register(indicatorRoutes(db));
  await app.register(schemeRoutes(db));
  await app.register(cycleRoutes(db));
  await app.register(resultRoutes(db));
  await app.register(targetRoutes(db));
  await app.register(followUpRoutes(db));
  await app.register(targetImportRoutes(db, deps.cipher));
  await app.register(progressRoutes(db));
  await app.register(ballotRoutes(db, { ballotRateLimit: config.ballotRateLimit }));
  await app.register(caseRoutes(db));
  await app.register(accountabilityRoutes(db));
  await app.register(accountabilityStatisticsRoutes(db));
  await app.register(adjustmentRoutes(db));
  await app.register(toleranceRoutes(db));
  await app.register(toleranceDocumentRoutes(db));
  await app.register(complaintRoutes(db, deps.cipher));
  await app.register(accountabilityDocumentRoutes(db));
  await app.register(typicalCaseRoutes(db));
  await app.register(visitRoutes(db));
  await app.register(coverageRoutes(db));
  await app.register(careRoutes(db));
  await app.register(notificationRoutes(db, registerSweep(app, database, deps.now ?? (() => new Date()), deps.sweep)));
  await app.register(announcementRoutes(db));
  await app.register(dashboardRoutes(database));
  await app.register(honorRoutes(db, deps.cipher));
  await app.register(honorPublicRoutes(db, deps.cipher, { rateLimit: config.ballotRateLimit }));
  await app.register(honorDocumentRoutes(db));
  await app.register(participationRoutes(db, deps.cipher, { publicRateLimit: config.ballotRateLimit }));

  await registerWeb(app, config.webDist);
  return app;
}

/**
 * The zod schemas as OpenAPI, plus who may call each operation: `x-permission` is the permission the route requires
 * (the reader's scope for it then bounds which records answer) and `x-public` marks the routes open without signing in.
 */
const describeAccess: typeof jsonSchemaTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const config = input.route.config as { permission?: string; public?: boolean } | undefined;
  const access = { ...(config?.permission ? { 'x-permission': config.permission } : {}), ...(config?.public ? { 'x-public': true } : {}) };
  return { ...transformed, schema: { ...transformed.schema, ...access } };
};

/** Serves the built web app with a fallback to index.html for client-side routes; unknown API paths stay JSON 404s. */
async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(`${webDist}/index.html`);
  // Files are looked up per request (not listed once at start), so a rebuilt web app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const isPage = !request.url.startsWith('/api') && !request.url.startsWith('/assets/');
    if (request.method === 'GET' && isPage && hasWeb) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: '接口不存在' });
  });
}
