/** The cadres module's public surface for other modules. */

export type { Cadre, CadreListItem } from './cadres.types';
export { CadreSelect } from './components/CadreSelect';
export { cadreApi, searchCadreOptions } from './hooks/cadreApi';
export { measureApi } from './measures/measureApi';
