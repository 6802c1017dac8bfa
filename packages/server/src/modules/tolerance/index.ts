export { toleranceDocumentRoutes } from './documents.routes';
export { type DecidedTolerance, toleranceOutcomeFor } from './read.service';
export { toleranceRoutes } from './tolerance.routes';
export { toleranceCases, toleranceCorrections } from './tolerance.tables';
