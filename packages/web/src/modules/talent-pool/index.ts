/** The talent pool module's public surface for other modules. */
export { talentPoolApi } from './hooks/talentPoolApi';
