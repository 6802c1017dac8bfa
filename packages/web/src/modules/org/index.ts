/** The org module's public surface for other modules. */
export { UnitTreeSelect } from './components/UnitTreeSelect';
export { useUnits } from './hooks/useUnits';
export type { Unit, User } from './org.types';
