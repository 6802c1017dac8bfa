import type { PermissionCode } from '@dandang/shared/org/permissions';

// The shapes of the org API come from the shared contract that the server validates and serializes with.
export type { Grant, Role, Unit, UnitInput, User } from '@dandang/shared/org/org.schema';

export interface PermissionDef {
  code: PermissionCode;
  group: string;
  label: string;
}
