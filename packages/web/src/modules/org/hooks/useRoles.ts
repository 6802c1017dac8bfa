import type { RoleCode } from '@dandang/shared/org/permissions';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../platform/api/client';
import type { Grant, PermissionDef, Role } from '../org.types';

export const ROLES_KEY = ['org', 'roles'] as const;

export function useRoles() {
  return useQuery({ queryKey: ROLES_KEY, queryFn: () => api.get<Role[]>('/api/v1/roles') });
}

export function usePermissionDefs() {
  return useQuery({
    queryKey: ['org', 'permissions'],
    queryFn: () => api.get<PermissionDef[]>('/api/v1/permissions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveGrants() {
  const queryClient = useQueryClient();
  return async (code: RoleCode, grants: Grant[]) => {
    const role = await api.put<Role>(`/api/v1/roles/${code}/grants`, { grants });
    await queryClient.invalidateQueries({ queryKey: ROLES_KEY });
    return role;
  };
}
