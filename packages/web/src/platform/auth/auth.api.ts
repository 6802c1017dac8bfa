import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import { CSRF_COOKIE, readCookie } from '../api/csrf';
import type { Me } from './auth.types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/**
 * Without the `dd_csrf` cookie there is no session to ask about, so a cold start on a signed-out browser makes no
 * request at all (and the console shows no 401).
 */
export async function fetchMe(): Promise<Me | null> {
  if (!readCookie(CSRF_COOKIE)) return null;
  try {
    return await api.get<Me>('/api/v1/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const login = (username: string, password: string) => api.post<{ user: Me }>('/api/v1/auth/login', { username, password });

export const logout = () => api.post<void>('/api/v1/auth/logout');
export const logoutAll = () => api.post<void>('/api/v1/auth/logout-all');

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/api/v1/auth/change-password', { currentPassword, newPassword });
