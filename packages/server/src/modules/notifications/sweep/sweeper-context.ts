import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { RequestContext } from '../../../platform/context';

/** No account has this id: the sweep reads as nobody in particular and never writes as this actor. */
const SWEEPER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The context a sweep source reads in: the listed read permissions over everything (a reminder is for whoever is due,
 * wherever they work), nothing else, so a source cannot write through the services it reuses.
 */
export function sweeperReader(now: Date, reads: readonly PermissionCode[]): RequestContext {
  return {
    actor: {
      userId: SWEEPER_ID,
      username: 'sweeper',
      displayName: '到期提醒',
      unitId: null,
      unitPath: null,
      unitName: null,
      cadreId: null,
      roles: [],
      permissions: Object.fromEntries(reads.map((p) => [p, 'all'])),
      mustChangePassword: false,
    },
    requestId: 'sweep',
    ip: null,
    userAgent: 'dandang-sweeper',
    now,
  };
}

/**
 * The context the system writes and audits messages in, not a person: the sweep's, and those of an engine event that
 * comes without its request's context (`origin` tells them apart in the audit log).
 */
export function systemWriter(now: Date, origin = 'sweep'): RequestContext {
  return { actor: null, requestId: origin, ip: null, userAgent: 'dandang-notifications', now };
}
