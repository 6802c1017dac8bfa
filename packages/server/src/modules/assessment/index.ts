export { cycleRoutes } from './cycles.routes';
export { indicatorRoutes } from './indicators.routes';
export { schemeRoutes } from './schemes.routes';
