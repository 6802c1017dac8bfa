export { cadreRoutes } from './cadres.routes';
export { cadres } from './cadres.tables';
