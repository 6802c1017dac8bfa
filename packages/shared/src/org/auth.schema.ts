import { z } from 'zod';
import { DATA_SCOPES, ROLE_CODES } from './permissions';

export const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  cadreId: z.string().nullable(),
  roles: z.array(z.enum(ROLE_CODES)),
  permissions: z.record(z.string(), z.enum(DATA_SCOPES)),
  mustChangePassword: z.boolean(),
});
