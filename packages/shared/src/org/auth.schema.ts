import { z } from 'zod';
import { accountIdentityShape } from './org.schema';
import { DATA_SCOPES } from './permissions';

export const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const meSchema = z.object({
  ...accountIdentityShape,
  permissions: z.record(z.string(), z.enum(DATA_SCOPES)),
  mustChangePassword: z.boolean(),
});
