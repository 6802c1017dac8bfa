export { countAuditRows, recordAudit, verifyAuditChain } from '../../platform/audit/audit.service';
export { auditRoutes } from './audit.routes';
