/** 监督记录 for the cadre drawer and the profile page. */
export { SupervisionRecords } from './components/SupervisionRecords';
export { supervisionApi } from './hooks/supervisionApi';
