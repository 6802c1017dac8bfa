import type { PermissionCode } from '@dandang/shared/org/permissions';
import { type RequestContext, systemContext } from '../../../platform/context';

/** No account has this id: the sweep reads as nobody in particular and never writes as this actor. */
const SWEEPER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The context a sweep source reads in: the listed read permissions over everything (a reminder is for whoever is due,
 * wherever they work), nothing else, so a source cannot write through the services it reuses. A source that lists
 * anything but a `.read` permission is refused rather than trusted, and the grants cannot be added to afterwards.
 */
export function sweeperReader(now: Date, reads: readonly PermissionCode[]): RequestContext {
  const other = reads.filter((p) => !p.endsWith('.read'));
  if (other.length > 0) throw new Error(`a sweep source may only read, not ${other.join(', ')}`);
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
      permissions: Object.freeze(Object.fromEntries(reads.map((p) => [p, 'all']))),
      mustChangePassword: false,
    },
    requestId: 'sweep',
    ip: null,
    userAgent: 'dandang-sweeper',
    now,
  };
}

/** The context the sweep writes and audits its messages in: the system, not a person. */
export function systemWriter(now: Date): RequestContext {
  return { ...systemContext(now), requestId: 'sweep', userAgent: 'dandang-sweeper' };
}
