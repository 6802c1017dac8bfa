export { careRoutes } from './care.routes';
export { type CareHit, type CareSource, registerCareSource } from './care-sources';
export { coverageRoutes } from './coverage.routes';
export { recommendationsOf } from './visit-plans.service';
export { visitRoutes } from './visits.routes';
export { careFlags, careRecords, visitRecords } from './visits.tables';
