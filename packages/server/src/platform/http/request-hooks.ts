import type { FastifyInstance } from 'fastify';
import './request-context';

/** Gives every request its context before anything else runs: request id, client address, agent and the clock. */
export function registerRequestContext(app: FastifyInstance, now: () => Date): void {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = {
      actor: null,
      requestId: String(request.id),
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
      now: now(),
    };
    reply.header('x-request-id', request.id);
  });
}
