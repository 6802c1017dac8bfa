export { indicatorRoutes } from './indicators.routes';
export { schemeRoutes } from './schemes.routes';
