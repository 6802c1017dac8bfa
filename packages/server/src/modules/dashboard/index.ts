import { registerKpiSource } from './kpi-source';
import { BUILT_IN_SOURCES } from './sources/built-in';

export { dashboardRoutes } from './dashboard.routes';
export { type DrillFilter, type KpiReader, type KpiSource, registerKpiSource } from './kpi-source';
export { monthOfDate } from './kpi-sql';
export { ofUnit, upTo } from './sources/common';

// Loaded once with the module (ESM caches it); modules that come later add theirs from their own index.
for (const source of BUILT_IN_SOURCES) registerKpiSource(source);
