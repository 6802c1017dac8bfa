import type { RoleCode } from '@dandang/shared/org/permissions';
import { api } from '../../../platform/api/client';
import type { ListPage } from '../../../platform/api/types';
import type { User } from '../org.types';

export interface UserQuery {
  unitId?: string;
  keyword?: string;
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  unitId: string;
  roles: RoleCode[];
  cadreId?: string;
}

export interface UpdateUserInput {
  displayName?: string;
  unitId?: string;
  roles?: RoleCode[];
  disabled?: boolean;
  version: number;
}

export const userApi = {
  list: (query: UserQuery) => api.get<ListPage<User>>('/api/v1/users', { ...query }),
  create: (input: CreateUserInput) => api.post<{ user: User; initialPassword: string }>('/api/v1/users', input),
  update: (id: string, input: UpdateUserInput) => api.patch<User>(`/api/v1/users/${id}`, input),
  resetPassword: (id: string) => api.post<{ initialPassword: string }>(`/api/v1/users/${id}/reset-password`),
};
