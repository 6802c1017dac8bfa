import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { VISITS_KEY } from './visitsApi';

/**
 * After a visit or care write: every query that reads visits or care, wherever its key starts (a cadre's plan sits
 * under the measures register's key), so the list, the profile section and promotion screening agree.
 */
export function useRefreshVisits(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes(VISITS_KEY) }), [queryClient]);
}
