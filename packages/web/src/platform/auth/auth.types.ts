import type { DataScope, PermissionCode, RoleCode } from '@dandang/shared/org/permissions';

/** GET /api/v1/auth/me: who is signed in and what each permission lets them see. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  cadreId: string | null;
  roles: RoleCode[];
  permissions: Partial<Record<PermissionCode, DataScope>>;
  mustChangePassword: boolean;
}
