import type { DataScope, PermissionCode } from '@dandang/shared/org/permissions';
import type { ReactNode } from 'react';
import { useAuth } from './AuthContext';
import type { Me } from './auth.types';

export function scopeOf(me: Me | null | undefined, code: PermissionCode): DataScope | undefined {
  return me?.permissions[code];
}

/** The data scope the user holds for `code`, or `undefined` when they lack it (so it reads as a boolean too). */
export function usePermission(code: PermissionCode): DataScope | undefined {
  return scopeOf(useAuth().me, code);
}

/**
 * Hides a control the user may not use. The server enforces the same permission; this only keeps buttons that would
 * answer 403 off the screen.
 */
export function Authorized({ permission, children, fallback = null }: { permission: PermissionCode; children: ReactNode; fallback?: ReactNode }) {
  return <>{usePermission(permission) ? children : fallback}</>;
}
