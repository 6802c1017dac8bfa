import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const DASHBOARD_KEY = 'dashboard';

/** The drill-down page of a figure, optionally one unit's rows (a heat map cell). */
export const drillPath = (kpi: string, unitId?: string) => `/dashboard/drill/${kpi}${unitId ? `?unitId=${encodeURIComponent(unitId)}` : ''}`;

export const dashboardApi = {
  overview: () => api.get<DashboardView>('/api/v1/dashboard'),
  drill: (kpi: string, unitId?: string) => api.get<DrillView>(`/api/v1/dashboard/drill/${encodeURIComponent(kpi)}`, { unitId }),
  exportDrill: (kpi: string, unitId: string | undefined, label: string) =>
    downloadFile(`/api/v1/dashboard/drill/${encodeURIComponent(kpi)}/export.xlsx`, { unitId }, `${label}.xlsx`),
  monthlyReport: (month: string) => downloadFile('/api/v1/dashboard/monthly-report.docx', { month }, `动态监测月报-${month}.docx`),
};
