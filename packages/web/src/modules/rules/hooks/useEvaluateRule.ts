import { useMutation } from '@tanstack/react-query';
import { api } from '../../../platform/api/client';
import type { RuleName } from '../rules.types';

/**
 * Evaluates one rule on the server, which applies the policy version in force today and the editable working-day
 * calendar. The page never computes an outcome itself: what it shows is what the server would enforce.
 */
export function useEvaluateRule<I, R>(rule: RuleName) {
  return useMutation<R, Error, I>({
    mutationKey: ['rules', rule],
    mutationFn: (input) => api.post<R>(`/api/v1/rules/${rule}`, input),
  });
}
