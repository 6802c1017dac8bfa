import { EDUCATION_KINDS } from '@dandang/shared/cadres/cadre-search.schema';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../platform/api/client';
import { usePermission } from '../../../platform/auth/permission';

interface PoolOption {
  id: string;
  name: string;
}

/** The talent pools the user may see (only with talent_pool.read), for the 人才库 filter; "any pool" always. */
export function usePoolOptions() {
  const canRead = Boolean(usePermission('talent_pool.read'));
  const { data = [] } = useQuery({
    queryKey: ['talent-pools', 'options'],
    queryFn: () => api.get<PoolOption[]>('/api/v1/talent-pools'),
    enabled: canRead,
    staleTime: 60_000,
  });
  return [{ value: 'any', label: '任一人才库' }, ...data.map((pool) => ({ value: pool.id, label: pool.name }))];
}

export const EDUCATION_KIND_OPTIONS = Object.entries(EDUCATION_KINDS).map(([value, label]) => ({ value, label }));

export const PROMOTABLE_OPTIONS = [
  { value: 'true', label: '可提拔' },
  { value: 'false', label: '暂不可提拔' },
];
