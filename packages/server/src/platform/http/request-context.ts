import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../context';
import { DomainError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionTokenHash: string | null;
  }
  interface FastifyContextConfig {
    /** No session needed (login, health, public pages). */
    public?: boolean;
    /** The permission the route needs; its scope is then enforced by the service. */
    permission?: import('@dandang/shared/org/permissions').PermissionCode;
  }
}

/** The signed-in actor, for routes that require one (the auth hook has already refused anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.ctx.actor;
  if (!actor) throw new DomainError('AUTH_REQUIRED');
  return actor;
}
