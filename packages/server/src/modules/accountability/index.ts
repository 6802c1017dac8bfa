export { accountabilityRoutes } from './accountability.routes';
export { accountabilityCases, accountabilityMatters, adjustmentCases } from './accountability.tables';
export { adjustmentRoutes } from './adjustments.routes';
export { accountabilityDocumentRoutes } from './documents.routes';
export { accountabilityStatisticsRoutes } from './statistics.routes';
