/** The accountability module's public surface for other modules. */
export { accountabilityApi } from './hooks/accountabilityApi';
