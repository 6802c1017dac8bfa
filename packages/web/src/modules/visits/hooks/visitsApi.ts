import type { CareCandidate, CareFlagBody, CareRecordBody, CareRecordView } from '@dandang/shared/visits/care.schema';
import type { CoverageReport } from '@dandang/shared/visits/coverage.schema';
import type { CreateVisitBody, RecommendationView, VisitPlanView, VisitRecord } from '@dandang/shared/visits/visit.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

/** Every query of the module starts with this key, so one write refreshes plans, profile sections and lists at once. */
export const VISITS_KEY = 'visits';

export type PlanState = 'due' | 'overdue' | 'all';

/** A cadre whose good visit carries a recommendation for use, as promotion screening lists them. */
export interface RecommendedCadre {
  cadreId: string;
  name: string;
  unitId: string;
  unitName: string;
  recommendations: RecommendationView[];
}

/**
 * A cadre's plan and recommendations are derived from their measures, so their keys sit under the measures register's
 * key (`['cadres', 'measures', cadreId]`, which the register invalidates on every record, lift or revocation): a
 * measure recorded on the profile shows its plan at once. They also carry VISITS_KEY, for the visits' own writes.
 */
const derivedFromMeasures = (cadreId: string, what: string) => ['cadres', 'measures', cadreId, VISITS_KEY, what] as const;

export const visitKeys = {
  plans: (state: PlanState, unitId?: string) => [VISITS_KEY, 'plans', state, unitId ?? ''] as const,
  cadrePlan: (cadreId: string) => derivedFromMeasures(cadreId, 'plan'),
  cadreRecommendations: (cadreId: string) => derivedFromMeasures(cadreId, 'recommendations'),
  recommended: () => [VISITS_KEY, 'recommended'] as const,
  coverage: (year: number) => [VISITS_KEY, 'coverage', year] as const,
  careCandidates: () => [VISITS_KEY, 'care-candidates'] as const,
  cadreCare: (cadreId: string) => [VISITS_KEY, 'cadre-care', cadreId] as const,
};

export const visitsApi = {
  plans: (state: PlanState, unitId?: string) => api.get<{ asOf: string; items: VisitPlanView[] }>('/api/v1/visits/plans', { state, unitId }),
  cadrePlan: (cadreId: string) => api.get<{ asOf: string; plans: VisitPlanView[]; visits: VisitRecord[] }>(`/api/v1/cadres/${cadreId}/visit-plan`),
  cadreRecommendations: (cadreId: string) => api.get<{ asOf: string; items: RecommendationView[] }>(`/api/v1/cadres/${cadreId}/recommendations`),
  /** The recommendations in force (the bar has ended) of every cadre in the reader's scope. */
  recommended: () => api.get<{ asOf: string; items: RecommendedCadre[] }>('/api/v1/visits/recommendations', { state: 'effective' }),
  record: (body: CreateVisitBody) => api.post<VisitRecord>('/api/v1/visits', body),
  coverage: (year: number) => api.get<CoverageReport>('/api/v1/visits/coverage', { year }),
  exportCoverage: (year: number) => downloadFile('/api/v1/visits/coverage.xlsx', { year }, `${year}年回访覆盖面.xlsx`),
  careCandidates: () => api.get<{ asOf: string; items: CareCandidate[] }>('/api/v1/visits/care-candidates'),
  flagForCare: (body: CareFlagBody) => api.post<{ id: string }>('/api/v1/visits/care-flags', body),
  recordCare: (body: CareRecordBody) => api.post<CareRecordView>('/api/v1/visits/care', body),
  cadreCare: (cadreId: string) => api.get<CareRecordView[]>(`/api/v1/cadres/${cadreId}/care`),
};
