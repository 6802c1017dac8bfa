export { rulesRoutes } from './rules.routes';
