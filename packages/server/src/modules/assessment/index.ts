export { ballotRoutes } from './ballots.routes';
export { cycleRoutes } from './cycles.routes';
export { indicatorRoutes } from './indicators.routes';
export { progressRoutes } from './progress.routes';
export { resultRoutes } from './results.routes';
export { schemeRoutes } from './schemes.routes';
export { targetRoutes } from './targets.routes';
