import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../platform/api/client';
import type { Policy, PolicyDocument, PolicySummary, ValidationResult } from '../policy.types';

const POLICIES_KEY = ['policies'] as const;

export function usePolicies() {
  return useQuery({ queryKey: POLICIES_KEY, queryFn: () => api.get<PolicySummary[]>('/api/v1/policies') });
}

export function usePolicy(id: string) {
  return useQuery({ queryKey: [...POLICIES_KEY, id], queryFn: () => api.get<Policy>(`/api/v1/policies/${id}`) });
}

/** The version in force on `date` (the latest activated one whose effectiveFrom has come). */
export function useEffectivePolicy(date: string) {
  return useQuery({
    queryKey: [...POLICIES_KEY, 'effective', date],
    queryFn: () => api.get<PolicySummary>('/api/v1/policies/effective', { date }),
  });
}

export function useInvalidatePolicies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: POLICIES_KEY });
}

export const policyApi = {
  clone: (id: string, name?: string) => api.post<Policy>(`/api/v1/policies/${id}/clone`, name ? { name } : {}),
  save: (id: string, body: { name: string; document: PolicyDocument; version: number }) => api.put<Policy>(`/api/v1/policies/${id}`, body),
  validate: (id: string, document: PolicyDocument) => api.post<ValidationResult>(`/api/v1/policies/${id}/validate`, { document }),
  activate: (id: string, effectiveFrom: string, version: number) => api.post<Policy>(`/api/v1/policies/${id}/activate`, { effectiveFrom, version }),
};
