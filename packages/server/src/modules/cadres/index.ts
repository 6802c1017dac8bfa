export { cadreRoutes } from './cadres.routes';
export { cadrePosts, cadres, measures } from './cadres.tables';
export { measureRoutes } from './measures.routes';
export { supervisionRoutes } from './supervision/supervision.routes';
export { talentPoolRoutes } from './talent-pool/talent-pool.routes';
