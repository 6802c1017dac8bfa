export { auditRoutes } from './audit.routes';
export { countAuditRows, recordAudit, verifyAuditChain } from '../../platform/audit/audit.service';
