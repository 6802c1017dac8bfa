/** Every table of the product, gathered for Drizzle and drizzle-kit. Each table is defined in its own module. */
export * from './modules/assessment/assessment.tables';
export * from './modules/assessment/ballots.tables';
export * from './modules/assessment/cycles.tables';
export * from './modules/assessment/results.tables';
export * from './modules/auth/auth.tables';
export * from './modules/cadres/annual-grades.tables';
export * from './modules/cadres/cadres.tables';
export * from './modules/cadres/import/cadre-import.tables';
export * from './modules/cadres/saved-filters.tables';
export * from './modules/cadres/supervision.tables';
export * from './modules/cadres/talent-pool.tables';
export * from './modules/calendar/calendar.tables';
export * from './modules/dictionaries/dictionaries.tables';
export * from './modules/org/org.tables';
export * from './modules/policy/policy.tables';
export * from './platform/audit/audit.tables';
export * from './platform/jobs/jobs.tables';
