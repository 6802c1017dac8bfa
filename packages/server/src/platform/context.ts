import type { PermissionScopes, RoleCode } from '@dandang/shared/org/permissions';

/** The signed-in person as every service sees them: identity, unit position and per-permission scopes. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  unitId: string | null;
  /** Ancestor path of the actor's unit (`/a/b/`), for `unit_subtree` scopes. */
  unitPath: string | null;
  unitName: string | null;
  cadreId: string | null;
  roles: RoleCode[];
  permissions: PermissionScopes;
  mustChangePassword: boolean;
}

/** What a use-case needs to know about the request: who, and the trace to write into the audit log. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

/** A context for work started from the command line (seed, create-admin): audited as the system. */
export function systemContext(now = new Date()): RequestContext {
  return { actor: null, requestId: 'cli', ip: null, userAgent: 'dandang-cli', now };
}
