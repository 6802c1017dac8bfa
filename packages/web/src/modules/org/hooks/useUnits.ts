import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../platform/api/client';
import type { Unit, UnitInput } from '../org.types';
import { buildUnitTree } from '../unit-tree';

export const UNITS_KEY = ['org', 'units'] as const;

export function useUnits(enabled = true) {
  const query = useQuery({
    queryKey: UNITS_KEY,
    queryFn: () => api.get<Unit[]>('/api/v1/units'),
    enabled,
  });
  const tree = useMemo(() => buildUnitTree(query.data ?? []), [query.data]);
  const byId = useMemo(() => new Map((query.data ?? []).map((unit) => [unit.id, unit])), [query.data]);
  return { ...query, units: query.data ?? [], tree, byId };
}

export function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: UNITS_KEY });
}

export const unitApi = {
  create: (input: UnitInput) => api.post<Unit>('/api/v1/units', input),
  update: (id: string, patch: Partial<Omit<UnitInput, 'parentId'>> & { version: number }) => api.patch<Unit>(`/api/v1/units/${id}`, patch),
  move: (id: string, newParentId: string | null, version: number) => api.post<Unit>(`/api/v1/units/${id}/move`, { newParentId, version }),
  remove: (id: string) => api.delete(`/api/v1/units/${id}`),
};
