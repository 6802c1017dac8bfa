export { cadreRoutes } from './cadres.routes';
export { cadrePosts, cadres, measures } from './cadres.tables';
export { measureRoutes } from './measures.routes';
