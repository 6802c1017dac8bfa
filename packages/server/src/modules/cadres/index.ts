export { cadreRoutes } from './cadres.routes';
export { cadrePosts, cadres, measures } from './cadres.tables';
export { gradeRoutes } from './grades/grades.routes';
export { cadreImportRoutes } from './import/import.routes';
export { measureRoutes } from './measures.routes';
export { supervisionRoutes } from './supervision/supervision.routes';
export { talentPoolRoutes } from './talent-pool/talent-pool.routes';
export { registerTimelineSource, type TimelineSource } from './timeline/timeline.registry';
export { timelineRoutes } from './timeline/timeline.routes';
