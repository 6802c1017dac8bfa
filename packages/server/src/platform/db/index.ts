export * from './client';
export { currentMigration, migrate } from './migrate';
export * as tables from './schema';
