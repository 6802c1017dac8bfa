/** The cadres module's public surface for other modules. */

export type { Cadre, CadreListItem } from './cadres.types';
export { cadreApi, searchCadreOptions } from './hooks/cadreApi';
