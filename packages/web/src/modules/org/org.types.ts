import type { DataScope, PermissionCode, RoleCode } from '@dandang/shared/org/permissions';

export interface Unit {
  id: string;
  jurisdictionId: string;
  parentId: string | null;
  name: string;
  code: string;
  type: string;
  path: string;
  sortOrder: number;
  childCount: number;
  peopleCount: number;
  version: number;
}

export interface UnitInput {
  parentId: string | null;
  name: string;
  code: string;
  type: string;
  sortOrder?: number;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  cadreId: string | null;
  roles: RoleCode[];
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
}

export interface Grant {
  permission: PermissionCode;
  scope: DataScope;
}

export interface Role {
  code: RoleCode;
  name: string;
  description: string;
  grants: Grant[];
}

export interface PermissionDef {
  code: PermissionCode;
  group: string;
  label: string;
}
