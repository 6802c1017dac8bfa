import type { CadreFilterInput, RotationAlerts, SavedFilter } from '@dandang/shared/cadres/cadre-search.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { ListPage } from '../../../platform/api/types';
import type { Job } from '../../../platform/jobs';
import type { CadreListItem } from '../cadres.types';
import { toQuery } from './roster-filter';

/** Above this many rows the server exports in the background (DIRECT_EXPORT_MAX in the server's export service). */
export const DIRECT_EXPORT_MAX = 2000;

/** A roster page: past the next ten pages the count stops, `totalExact` is false and `total` is one more than counted. */
export type RosterPage = ListPage<CadreListItem> & { totalExact: boolean };

export const searchApi = {
  search: (filter: CadreFilterInput, page: { page: number; pageSize: number; sortField?: string; sortOrder?: string }) =>
    api.get<RosterPage>('/api/v1/cadres', { ...toQuery(filter), ...page }),
  count: (filter: CadreFilterInput) => api.get<{ total: number }>('/api/v1/cadres/count', toQuery(filter)),
  savedFilters: () => api.get<SavedFilter[]>('/api/v1/saved-filters', { screen: 'cadres' }),
  saveFilter: (name: string, filter: CadreFilterInput) => api.post<SavedFilter>('/api/v1/saved-filters', { screen: 'cadres', name, filter }),
  deleteFilter: (id: string) => api.delete(`/api/v1/saved-filters/${id}`),
  exportNow: (filter: CadreFilterInput) => downloadFile('/api/v1/cadres/export.xlsx', toQuery(filter), '干部名册.xlsx'),
  startExport: (filter: CadreFilterInput) => api.post<{ job: Job }>('/api/v1/cadres/exports', filter),
  downloadJobFile: (jobId: string) => downloadFile(`/api/v1/jobs/${jobId}/file`, {}, '干部名册.xlsx'),
  rotationAlerts: (unitId?: string) => api.get<RotationAlerts>('/api/v1/cadres/rotation-alerts', { unitId }),
  exportRotationAlerts: (unitId?: string) => downloadFile('/api/v1/cadres/rotation-alerts.xlsx', { unitId }, '轮岗交流提醒.xlsx'),
};
