export { typicalCaseRoutes } from './typical-cases.routes';
export { typicalCases } from './typical-cases.tables';
