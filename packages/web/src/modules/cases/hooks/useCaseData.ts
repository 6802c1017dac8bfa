import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CASES_KEY, caseApi } from './casesApi';

/**
 * A case page's two readings: the module's own view of the case (its facts, its decision) and the engine's (timeline,
 * files, next steps), with one refresh for both after any step.
 */
export function useCaseData<T>(id: string, moduleKey: readonly unknown[], load: () => Promise<T>) {
  const queryClient = useQueryClient();
  const own = useQuery({ queryKey: [...moduleKey, id], queryFn: load });
  const detail = useQuery({ queryKey: [CASES_KEY, id], queryFn: () => caseApi.detail(id) });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: [moduleKey[0]] }), queryClient.invalidateQueries({ queryKey: [CASES_KEY] })]);
  return { own: own.data, detail: detail.data, failed: own.isError || detail.isError, refresh };
}
