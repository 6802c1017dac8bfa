import { z } from 'zod';
import { versionField } from '../platform/fields';
import { DATA_SCOPES, PERMISSION_CODES, type PermissionCode, ROLE_CODES } from './permissions';

export const idParam = z.object({ id: z.uuid('编号格式不正确') });
export const pageQuery = {
  // Bounded so an absurd page is refused by name rather than turned into an offset the database may not take.
  page: z.coerce.number().int().min(1).max(1_000_000, '页码不能超过 1000000').default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
};

export const unitSchema = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  code: z.string(),
  type: z.string(),
  path: z.string(),
  sortOrder: z.number(),
  childCount: z.number(),
  peopleCount: z.number(),
  version: z.number(),
});

const unitName = z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不能超过100个字符');
const unitCode = z
  .string()
  .trim()
  .min(1, '请填写单位代码')
  .max(50)
  .regex(/^[A-Za-z0-9_-]+$/, '单位代码只能包含字母、数字、下划线和连字符');
const unitType = z.string().trim().min(1, '请选择单位类型').max(50);

export const createUnitBody = z.object({
  parentId: z.uuid('上级单位编号格式不正确').nullable(),
  name: unitName,
  code: unitCode,
  type: unitType,
  sortOrder: z.number().int().min(0).max(100000).default(0),
  /** Only for a root unit when several jurisdictions exist. */
  jurisdictionId: z.uuid('地区编号格式不正确').optional(),
});

export const updateUnitBody = z.object({
  name: unitName.optional(),
  code: unitCode.optional(),
  type: unitType.optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  version: versionField,
});

export const moveUnitBody = z.object({ newParentId: z.uuid('上级单位编号格式不正确'), version: versionField });

/** Who an account is, as both the user list and the signed-in user's own record show it. */
export const accountIdentityShape = {
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  cadreId: z.string().nullable(),
  roles: z.array(z.enum(ROLE_CODES)),
};

export const userSchema = z.object({
  ...accountIdentityShape,
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});

export const listUsersQuery = z.object({
  unitId: z.uuid().optional(),
  keyword: z.string().trim().max(50).optional(),
  ...pageQuery,
});

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3, '用户名至少3个字符')
    .max(32, '用户名不超过32个字符')
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, '用户名须以字母开头，只含字母、数字、下划线、点和连字符'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50),
  unitId: z.uuid('请选择所在单位'),
  roles: z.array(z.enum(ROLE_CODES)).min(1, '至少选择一个角色'),
  cadreId: z.uuid().nullable().optional(),
});

export const updateUserBody = z.object({
  displayName: z.string().trim().min(1, '请填写姓名').max(50).optional(),
  unitId: z.uuid('请选择所在单位').optional(),
  roles: z.array(z.enum(ROLE_CODES)).min(1, '至少选择一个角色').optional(),
  disabled: z.boolean().optional(),
  version: versionField,
});

export const grantSchema = z.object({ permission: z.enum(PERMISSION_CODES as [PermissionCode, ...PermissionCode[]]), scope: z.enum(DATA_SCOPES) });
export const roleSchema = z.object({ code: z.enum(ROLE_CODES), name: z.string(), description: z.string(), grants: z.array(grantSchema) });
export const putGrantsBody = z.object({ grants: z.array(grantSchema).max(200) });

export type Unit = z.infer<typeof unitSchema>;
export type UnitInput = z.input<typeof createUnitBody>;
export type User = z.infer<typeof userSchema>;
export type Grant = z.infer<typeof grantSchema>;
export type Role = z.infer<typeof roleSchema>;
