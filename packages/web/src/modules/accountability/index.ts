/** The accountability module's public surface for other modules. */

export { AdjustmentFormModal } from './components/AdjustmentFormModal';
export { accountabilityApi } from './hooks/accountabilityApi';
