export { policyRoutes } from './policy.routes';
export { effectiveDocument, effectivePolicy, NATIONAL_CODE, policyDocumentById, policyInForce, seedNationalPolicy } from './policy.service';
export { policies } from './policy.tables';
