import type { RecommendationView } from '@dandang/shared/visits/visit.schema';
import { useQuery } from '@tanstack/react-query';
import { usePermission } from '../../../platform/auth/permission';
import { visitKeys, visitsApi } from './visitsApi';

const NONE = new Map<string, RecommendationView[]>();

/**
 * For promotion screening: the in-force recommendations for use (the bar has ended) by cadre id, in the reader's
 * scope. Empty for users without visit.read, who are not asked for them.
 */
export function useRecommendedCadres(): Map<string, RecommendationView[]> {
  const canRead = Boolean(usePermission('visit.read'));
  const { data } = useQuery({
    queryKey: visitKeys.recommended(),
    queryFn: visitsApi.recommended,
    enabled: canRead,
    select: (answer) => new Map(answer.items.map((c) => [c.cadreId, c.recommendations])),
  });
  return data ?? NONE;
}
