export * from './client';
export { currentMigration, migrate } from './migrate';
