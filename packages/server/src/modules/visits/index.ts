import { registerKpiSource } from '../dashboard';
import { visitCoverageFigure } from './coverage.kpi';
import { overdueVisits } from './overdue.kpi';

export { careRoutes } from './care.routes';
export { type CareHit, type CareSource, registerCareSource } from './care-sources';
export { coverageRoutes } from './coverage.routes';
export { listVisitPlans, recommendationsOf } from './visit-plans.service';
export { visitRoutes } from './visits.routes';
export { careFlags, careRecords, visitRecords } from './visits.tables';

// Loaded once with the module (ESM caches it): 回访覆盖面 and 逾期未回访 join 动态监测 without the dashboard knowing visits.
registerKpiSource(visitCoverageFigure);
registerKpiSource(overdueVisits);
