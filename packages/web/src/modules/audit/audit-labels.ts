import type { LoginLog, LoginResult } from './audit.types';

export const LOGIN_RESULT_LABELS: Record<LoginResult, { text: string; color: string }> = {
  success: { text: '成功', color: 'green' },
  bad_password: { text: '密码错误', color: 'orange' },
  locked: { text: '账号锁定', color: 'red' },
  unknown_user: { text: '用户不存在', color: 'volcano' },
  disabled: { text: '账号停用', color: 'default' },
};

export const LOGIN_EVENT_LABELS: Record<LoginLog['event'], string> = { login: '登录', logout: '退出' };

/** ProTable's valueEnum for the result filter. */
export const LOGIN_RESULT_ENUM = Object.fromEntries(Object.entries(LOGIN_RESULT_LABELS).map(([key, { text }]) => [key, { text }]));
